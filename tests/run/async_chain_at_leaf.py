# Coroutine chains resumed at their innermost coroutine (gen.c, "chains"):
# results, cancellation through the chain, and the levels in between running.
import asyncio

log = []


async def bottom(name, n):
    total = 0
    for i in range(n):
        await asyncio.sleep(0)
        total += i
        log.append((name, i))
    return total


async def nest(name, depth, n):
    if depth == 0:
        return await bottom(name, n)
    r = await nest(name, depth - 1, n)
    return r + 1


async def slow(depth):
    if depth == 0:
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("cancelled at the bottom")
            raise
        finally:
            print("bottom finally")
    try:
        await slow(depth - 1)
    finally:
        if depth % 3 == 0:
            print("finally at", depth)


coros = {}


async def inner_probe():
    c = coros["mid"]
    print("mid cr_running", c.cr_running)
    try:
        c.send(None)
    except ValueError as e:
        print("send:", e)
    try:
        await c
    except (ValueError, RuntimeError) as e:
        print("await:", type(e).__name__, e)
    await asyncio.sleep(0)
    return "probe"


async def probe_chain(depth):
    if depth == 0:
        await asyncio.sleep(0)
        return await inner_probe()
    sub = probe_chain(depth - 1)
    if depth == 3:
        coros["mid"] = sub
    return await sub


async def main():
    rs = await asyncio.gather(nest("a", 5, 4), nest("b", 7, 3), nest("c", 1, 2))
    print(rs)
    print(log)
    t = asyncio.create_task(slow(7))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled")
    print(await probe_chain(6))


asyncio.run(main())
