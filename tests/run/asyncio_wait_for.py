import asyncio

async def slow(x, d, log):
    try:
        await asyncio.sleep(d)
        return x
    except asyncio.CancelledError:
        log.append("slow %s cancelled" % x)
        raise
    finally:
        log.append("slow %s finally" % x)

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        return "finished anyway"

async def main():
    log = []
    print(await asyncio.wait_for(slow(1, 0, log), timeout=1))
    print(await asyncio.wait_for(slow(2, 0.01, log), 1.0))
    print(await asyncio.wait_for(slow(3, 0, log), None))
    try:
        await asyncio.wait_for(slow(4, 1, log), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__, repr(e), type(e.__cause__).__name__, asyncio.TimeoutError is TimeoutError)
    print(log)
    try:
        await asyncio.wait_for(slow(5, 1, log), 0)
    except TimeoutError:
        print("timeout 0", log[-2:])
    print(await asyncio.wait_for(stubborn(), 0.01))
    t = asyncio.create_task(slow(6, 0, log))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(await asyncio.wait_for(t, 0))
    f = asyncio.Future()
    async def later():
        await asyncio.sleep(0.01)
        f.set_result("future value")
    asyncio.create_task(later())
    print(await asyncio.wait_for(f, 1))
    async def bad():
        await asyncio.sleep(0)
        raise KeyError("k")
    try:
        await asyncio.wait_for(bad(), 1)
    except KeyError as e:
        print("KeyError", e)
    # cancelling the task that waits cancels the inner one too
    async def outer():
        try:
            await asyncio.wait_for(slow(7, 1, log), 5)
        except asyncio.CancelledError:
            print("outer cancelled; log:", log[-2:])
            raise
    o = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print("o cancelled", o.cancelled())

asyncio.run(main())
