# asyncio.TaskGroup (3.11): waits for its tasks, and at the first failure
# cancels the others and the body, then raises an ExceptionGroup of the
# failures; the body's own exception joins them.
import asyncio


async def job(name, steps, fail=None):
    try:
        for _ in range(steps):
            await asyncio.sleep(0)
        if fail:
            raise fail
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job("a", 2))
        t2 = tg.create_task(job("b", 1))
        print("body done")
    print("results", t1.result(), t2.result())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("ok", 1))
            tg.create_task(job("bad", 2, ValueError("boom")))
            tg.create_task(job("slow", 5))
            await asyncio.sleep(1)
            print("not reached")
    except ExceptionGroup as eg:
        print("caught", type(eg).__name__, eg, eg.message)
        print("sub-exceptions", eg.exceptions)
        print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("e1", 1, KeyError("k")))
            tg.create_task(job("e2", 1, TypeError("t")))
    except ExceptionGroup as eg:
        print("two failures:", repr(eg))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("sibling", 3))
            raise RuntimeError("body failed")
    except ExceptionGroup as eg:
        print("body error:", eg.exceptions)

    tg = asyncio.TaskGroup()
    coro = job("x", 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        coro.close()
        print("RuntimeError:", str(e).startswith("TaskGroup"), str(e).endswith("has not been entered"))
    async with tg:
        pass
    coro = job("y", 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        coro.close()
        print("RuntimeError:", str(e).endswith("is finished"))

    # Cancelling the task that runs the group cancels its tasks too.
    async def runner():
        async with asyncio.TaskGroup() as g:
            g.create_task(job("inner", 10))
            await asyncio.sleep(10)

    r = asyncio.create_task(runner())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    r.cancel()
    try:
        await r
    except asyncio.CancelledError:
        print("runner cancelled", r.cancelled())


asyncio.run(main())
