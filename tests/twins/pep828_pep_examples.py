# Twin of tests/run/pep828_pep_examples.py for CPython 3.11, which has no
# PEP 828. How it emulates the PEP:
# - `yield from generator()` in an async generator becomes
#   `for x in generator(): yield x` (nothing is sent or thrown in here).
# - `async yield from agenerator12()` becomes `async for x in ...: yield x`.
# - `return 2` in an async generator becomes storing 2 in a holder list
#   passed as an extra argument, then a bare return; where the PEP program
#   reads StopAsyncIteration.value or the value of `async yield from`, the
#   twin reads the holder after catching StopAsyncIteration.
import asyncio

def generator():
    yield 1
    yield 2
    yield 3

async def main_sync():
    for x in generator():
        yield x
    yield 4

async def agenerator12():
    yield 1
    yield 2

async def main_async():
    async for x in agenerator12():
        yield x

async def agenerator(ret):
    yield 1
    ret.append(2)
    return

async def visualize():
    ret = []
    gen = agenerator(ret)
    print(await gen.asend(None))
    try:
        await gen.asend(None)
    except StopAsyncIteration:
        print(ret[0])

async def main_expr():
    # result = async yield from agenerator(), expanded as PEP 380 does
    ret = []
    sub = agenerator(ret)
    try:
        y = await sub.asend(None)
    except StopAsyncIteration:
        result = ret[0]
    else:
        while True:
            try:
                s = yield y
            except GeneratorExit:
                await sub.aclose()
                raise
            except BaseException as e:
                try:
                    y = await sub.athrow(e)
                except StopAsyncIteration:
                    result = ret[0]
                    break
            else:
                try:
                    y = await sub.asend(s)
                except StopAsyncIteration:
                    result = ret[0]
                    break
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
