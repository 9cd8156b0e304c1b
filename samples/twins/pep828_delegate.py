# Twin of samples/pep828_delegate.py for CPython 3.11 (no PEP 828): plain
# delegation, where nothing is sent or thrown into main_gen, is
# `for v in generator(): yield v` for `yield from generator()` and
# `async for v in agenerator(): yield v` for `async yield from`.
import asyncio

def generator():
    yield 1
    yield 2
    yield 3

async def agenerator():
    await asyncio.sleep(0)
    yield 5
    yield 6

async def main_gen():
    for v in generator():
        yield v
    yield 4
    async for v in agenerator():
        yield v

async def main():
    async for value in main_gen():
        print("main yielded", value)

asyncio.run(main())
