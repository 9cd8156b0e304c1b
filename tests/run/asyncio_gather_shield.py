import asyncio

async def ok(x, d=0):
    await asyncio.sleep(d)
    return x

async def bad(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)

async def slow():
    await asyncio.sleep(10)

async def main():
    r = await asyncio.gather(ok(1), bad("b1"), ok(3, 0.01), return_exceptions=True)
    print([repr(x) for x in r])
    s = asyncio.create_task(slow())
    g = asyncio.gather(ok(5), s, return_exceptions=True)
    await asyncio.sleep(0)
    s.cancel()
    r = await g
    print([type(x).__name__ for x in r])
    print(await asyncio.gather(return_exceptions=True))
    print(await asyncio.gather(ok("a"), ok("b"), return_exceptions=False))
    try:
        await asyncio.gather(bad("x"), ok(2))
    except ValueError as e:
        print("raised", e)
    # shield: cancelling the outer leaves the inner running
    inner = asyncio.create_task(ok("shielded", 0.1))
    async def guard():
        return await asyncio.shield(inner)
    g2 = asyncio.create_task(guard())
    await asyncio.sleep(0.005)
    g2.cancel()
    try:
        await g2
    except asyncio.CancelledError:
        print("guard cancelled", inner.done(), inner.cancelled())
    print(await inner, inner.cancelled())
    print(await asyncio.shield(ok(7)))
    done = asyncio.create_task(ok(8))
    await done
    print(asyncio.shield(done) is done)

asyncio.run(main())
