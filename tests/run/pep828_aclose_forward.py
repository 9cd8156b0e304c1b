# yieldc-flags: --pep828=draft
# PEP 828: aclose() on the outer async generator while it is delegating
# with `async yield from` closes the subgenerator first (its finally runs,
# and may await), then GeneratorExit reaches the outer generator, whose
# finally runs second. The same happens when the outer generator is
# abandoned by break and finalized by the event loop.
import asyncio

async def inner(tag):
    try:
        for i in range(10):
            yield tag + str(i)
    finally:
        print("  inner finally", tag)
        await asyncio.sleep(0)
        print("  inner finally done", tag)

async def outer(tag):
    try:
        yield "outer start"
        async yield from inner(tag)
        yield "outer unreachable"
    except GeneratorExit:
        print("  outer sees GeneratorExit")
        raise
    finally:
        print("  outer finally", tag)

async def two_levels():
    try:
        async yield from outer("deep")
    finally:
        print("  two_levels finally")

async def ticker(n):
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0)

async def main():
    g = outer("a")
    print(await g.__anext__())
    print(await g.__anext__())
    print(await g.__anext__())
    await g.aclose()
    print("closed")
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    h = two_levels()
    print(await h.__anext__())
    print(await h.__anext__())
    await h.aclose()
    print("closed two levels")
    async for v in outer("b"):
        print("loop got", v)
        if v == "b1":
            break
    print("after break")
    await ticker(5)

asyncio.run(main())
