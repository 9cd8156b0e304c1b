# asyncio.timeout (3.11): CancelledError inside the block, TimeoutError
# outside it; expired(), when(), reschedule(); nested timeouts; a block that
# finishes in time; wait_for beside it.
import asyncio


async def slow(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("inner saw CancelledError")
        raise


async def main():
    log = []
    try:
        async with asyncio.timeout(0.01) as cm:
            print("entered, when set:", cm.when() is not None, "expired:", cm.expired())
            await slow(log)
    except TimeoutError as e:
        print("TimeoutError", repr(e), type(e.__cause__).__name__, "expired:", cm.expired())
    print(log)
    print(asyncio.TimeoutError is TimeoutError)

    async with asyncio.timeout(5) as cm:
        await asyncio.sleep(0)
        print("in time, expired:", cm.expired())
    print("after block, expired:", cm.expired())

    async with asyncio.timeout(None) as cm:
        print("no deadline:", cm.when())
        cm.reschedule(None)
        await asyncio.sleep(0)

    # The outer timeout fires first: the inner one lets CancelledError through.
    try:
        async with asyncio.timeout(0.01) as outer:
            try:
                async with asyncio.timeout(10) as inner:
                    await asyncio.sleep(10)
            except asyncio.CancelledError:
                print("inner block: CancelledError, inner expired:", inner.expired())
                raise
    except TimeoutError:
        print("outer TimeoutError, outer expired:", outer.expired())

    # reschedule to the past: expires at the next iteration.
    try:
        async with asyncio.timeout(10) as cm:
            loop = asyncio.get_running_loop()
            cm.reschedule(loop.time() - 1)
            await asyncio.sleep(1)
    except TimeoutError:
        print("rescheduled into the past: TimeoutError")

    # An exception from the block goes through untouched.
    try:
        async with asyncio.timeout(10):
            raise KeyError("k")
    except KeyError as e:
        print("KeyError", e)

    # Errors.
    t = asyncio.timeout(1)
    try:
        t.reschedule(2)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with t:
        pass
    try:
        async with t:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        t.reschedule(3)
    except RuntimeError as e:
        print("RuntimeError:", e)

    # wait_for still works beside it.
    try:
        await asyncio.wait_for(asyncio.sleep(10), 0.01)
    except TimeoutError:
        print("wait_for TimeoutError")
    print("timeout_at:", asyncio.timeout_at(None).when())


asyncio.run(main())
