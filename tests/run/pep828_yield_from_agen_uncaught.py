# yieldc-flags: --pep828=draft
# PEP 828: `yield from` an async generator, uncaught: exit 1 with
# TypeError: 'async_generator' object is not iterable. Did you mean 'async yield from'?
import asyncio

async def numbers():
    yield 1

async def wrapper():
    yield 0
    yield from numbers()

async def main():
    async for v in wrapper():
        print("got", v)

asyncio.run(main())
