# athrow into a never-started async generator (raised at once, the body
# never runs, the generator is then finished) and into a finished one
# (CPython 3.11: the await simply returns None), and a generator that
# converts the thrown exception into another.
import asyncio

class E(Exception):
    pass

async def gen():
    print("  body runs")
    try:
        yield 1
    finally:
        print("  gen finally")

async def converter():
    try:
        yield 1
    except E as e:
        raise KeyError("converted " + str(e))

async def main():
    g = gen()
    try:
        await g.athrow(E("early"))
    except E as e:
        print("never-started:", e)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("and it is finished")
    g = gen()
    async for v in g:
        print("value", v)
    r = await g.athrow(E("late"))
    print("athrow into finished returned", r)
    r = await g.athrow(E)
    print("again", r)
    c = converter()
    await c.__anext__()
    try:
        await c.athrow(E("x"))
    except KeyError as e:
        print("KeyError", e, "context", repr(e.__context__))

asyncio.run(main())
