# aclose: runs the finally of a suspended async generator (which may await),
# is a no-op on a never-started and on a finished generator, can be called
# twice; after aclose the generator is exhausted.
import asyncio

async def res(name):
    print("  open", name)
    try:
        yield name + "1"
        yield name + "2"
    finally:
        print("  closing", name)
        await asyncio.sleep(0)
        print("  closed", name)

async def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("  caught GeneratorExit")
        raise

async def returner():
    try:
        yield 1
    except GeneratorExit:
        print("  returning on GeneratorExit")
        return

async def main():
    g = res("a")
    print(await g.__anext__())
    r = await g.aclose()
    print("aclose returned", r)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted after aclose")
    await g.aclose()
    print("second aclose is a no-op")
    n = res("never")
    await n.aclose()
    print("never-started closed without running")
    try:
        await n.__anext__()
    except StopAsyncIteration:
        print("and is exhausted")
    f = res("f")
    async for v in f:
        print("value", v)
    await f.aclose()
    print("finished one closed quietly")
    c = catcher()
    await c.__anext__()
    await c.aclose()
    print("catcher closed")
    r = returner()
    await r.__anext__()
    await r.aclose()
    print("returner closed")

asyncio.run(main())
