# Twin of tests/run/pep828_yield_from_agen_uncaught.py for CPython 3.11.
# Emulation: `yield from numbers()` in an async generator raises, per the
# PEP's reference implementation, TypeError: 'async_generator' object is
# not iterable. Did you mean 'async yield from'? The twin creates the
# object as the PEP program does and raises that TypeError at that point;
# it propagates out of async for and asyncio.run (exit 1).
import asyncio

async def numbers():
    yield 1

async def wrapper():
    yield 0
    sub = numbers()
    raise TypeError("'" + type(sub).__name__ + "' object is not iterable. Did you mean 'async yield from'?")

async def main():
    async for v in wrapper():
        print("got", v)

asyncio.run(main())
