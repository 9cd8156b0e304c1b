# yieldc-flags: --pep828=draft
# PEP 828's own examples: `yield from generator()` in an async generator,
# `async yield from agenerator()` as a statement, `return 2` in an async
# generator seen as StopAsyncIteration.value, and
# `result = async yield from agenerator()`.
import asyncio

def generator():
    yield 1
    yield 2
    yield 3

async def main_sync():
    yield from generator()
    yield 4

async def agenerator12():
    yield 1
    yield 2

async def main_async():
    async yield from agenerator12()

async def agenerator():
    yield 1
    return 2

async def visualize():
    gen = agenerator()
    print(await gen.asend(None))
    try:
        await gen.asend(None)
    except StopAsyncIteration as result:
        print(result.value)

async def main_expr():
    result = async yield from agenerator()
    print(result)
    assert result == 2

async def main():
    out = []
    async for x in main_sync():
        out.append(x)
    print("yield from generator():", out)
    out = []
    async for x in main_async():
        out.append(x)
    print("async yield from agenerator():", out)
    await visualize()
    async for x in main_expr():
        print("main_expr yielded", x)

asyncio.run(main())
