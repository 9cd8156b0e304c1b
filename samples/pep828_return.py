# pep828_return.py: PEP 828's `return 2` in an async generator and
# `result = yield from agenerator()` (as accepted): the delegating generator passes
# on the yields, asend() values reach the subgenerator, and the expression's
# value is the subgenerator's return value (StopAsyncIteration.value).
# samples/twins/pep828_return.py shows the same output on CPython.
import asyncio

async def agenerator():
    received = yield 1
    print("agenerator received", received)
    return 2

async def main_gen():
    result = yield from agenerator()
    print("result", result)
    assert result == 2
    yield "done"

async def main():
    gen = agenerator()
    print(await gen.asend(None))
    try:
        await gen.asend(None)
    except StopAsyncIteration as stop:
        print("StopAsyncIteration.value", stop.value)
    outer = main_gen()
    print(await outer.asend(None))
    print(await outer.asend("hello"))

asyncio.run(main())
