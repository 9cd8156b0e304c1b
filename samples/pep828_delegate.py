# pep828_delegate.py: PEP 828's first example, `yield from generator()`
# inside an async generator (CPython 3.11 rejects it; yieldc accepts it),
# next to plain `async yield from` delegation to another async generator.
# samples/twins/pep828_delegate.py shows the same output on CPython.
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
    yield from generator()
    yield 4
    async yield from agenerator()

async def main():
    async for value in main_gen():
        print("main yielded", value)

asyncio.run(main())
