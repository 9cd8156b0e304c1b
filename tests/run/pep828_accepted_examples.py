# PEP 828 as accepted: its own examples (`result = yield from agenerator()`
# with `return 3`; the docs' sleepy_count/counter), an async def whose only
# yield is a `yield from` (an async generator all the same), `yield from`
# as a statement, an expression and `return (yield from ...)`, and
# StopAsyncIteration's value: the first argument, None by default.
import asyncio

async def agenerator():
    yield 1
    yield 2
    return 3

async def main_gen():
    result = yield from agenerator()
    print("result", result)
    assert result == 3

async def sleepy_count(number):
    for num in range(number):
        await asyncio.sleep(0)
        result = yield num
        print(f"Got result: {result}")

async def counter():
    final_number = yield from sleepy_count(3)
    yield final_number

async def only_delegates():
    yield from agenerator()

async def passes_on():
    return (yield from agenerator())

async def main():
    async for x in main_gen():
        print("main_gen yielded", x)
    ag = counter()
    print(await anext(ag))
    print(await ag.asend("a"))
    print(await ag.asend("b"))
    print(await ag.asend("c"))
    g = only_delegates()
    print(type(g).__name__, [x async for x in g])
    g = passes_on()
    print(await anext(g), await anext(g))
    try:
        await anext(g)
    except StopAsyncIteration as e:
        print("passes_on returned", e.value)
    print(StopAsyncIteration(42).value, StopAsyncIteration().value)

asyncio.run(main())
