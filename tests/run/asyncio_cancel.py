import asyncio

async def worker(name, log):
    try:
        log.append(name + " start")
        await asyncio.sleep(10)
        log.append(name + " never")
    except asyncio.CancelledError:
        log.append(name + " cancelled")
        raise
    finally:
        log.append(name + " finally")

async def catcher():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("caught, returning 5")
        return 5

async def waiter(t):
    try:
        return await t
    finally:
        print("waiter finally")

async def main():
    log = []
    t = asyncio.create_task(worker("a", log))
    await asyncio.sleep(0)
    print(t.cancel(), t.done(), t.cancelled())
    try:
        await t
    except asyncio.CancelledError as e:
        print("await t raised CancelledError", repr(e))
    print(log, t.done(), t.cancelled(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result:", type(e).__name__)
    try:
        t.exception()
    except asyncio.CancelledError as e:
        print("exception:", type(e).__name__)
    c = asyncio.create_task(catcher())
    await asyncio.sleep(0)
    c.cancel()
    print(await c, c.cancelled())
    # cancel a task waiting on another task: the inner one is cancelled too
    inner = asyncio.create_task(worker("inner", log))
    outer = asyncio.create_task(waiter(inner))
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled", inner.cancelled(), outer.cancelled())
    print(log)
    # cancel before first step
    t2 = asyncio.create_task(worker("b", log))
    print(t2.cancel())
    try:
        await t2
    except asyncio.CancelledError:
        print("t2 cancelled before start", log[-1])
    # pending result
    t3 = asyncio.create_task(asyncio.sleep(0.01, "r"))
    try:
        t3.result()
    except Exception as e:
        print(type(e).__name__, e)
    try:
        t3.exception()
    except Exception as e:
        print(type(e).__name__, e)
    print(await t3, t3.exception())
    async def boom():
        raise ValueError("bad")
    t4 = asyncio.create_task(boom())
    await asyncio.sleep(0)
    print(repr(t4.exception()))
    try:
        t4.result()
    except ValueError as e:
        print("result raised", e)

asyncio.run(main())
