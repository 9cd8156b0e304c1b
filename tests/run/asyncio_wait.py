# asyncio.wait (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, timeout)
# and asyncio.as_completed (in order of completion, timeout).
import asyncio


async def job(name, steps, fail=False):
    for _ in range(steps):
        await asyncio.sleep(0)
    if fail:
        raise ValueError(name)
    return name


def names(tasks):
    out = []
    for t in tasks:
        if t.cancelled():
            out.append("cancelled")
        elif t.exception() is not None:
            out.append("error " + str(t.exception()))
        else:
            out.append(t.result())
    return sorted(out)


async def main():
    tasks = [asyncio.create_task(job(n, s)) for n, s in (("a", 9), ("b", 1), ("c", 5))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", names(done), len(pending))
    done, pending = await asyncio.wait(pending)
    print("all:", names(done), len(pending), type(done).__name__)

    tasks = [asyncio.create_task(job("x", 1)), asyncio.create_task(job("y", 2, True)),
             asyncio.create_task(job("z", 9))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("first exception:", names(done), len(pending))
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(pending)
    print("after cancel:", names(done))

    slow = asyncio.create_task(asyncio.sleep(10, "late"))
    done, pending = await asyncio.wait([slow], timeout=0.01)
    print("timeout:", len(done), len(pending), slow.done())
    slow.cancel()

    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(fut.set_result, "set")
    done, pending = await asyncio.wait([fut])
    print("future:", [f.result() for f in done])

    for bad in ([], asyncio.sleep(0)):
        try:
            await asyncio.wait(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
        if asyncio.iscoroutine(bad):
            bad.close()
    try:
        await asyncio.wait([fut], return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)

    order = []
    for next_done in asyncio.as_completed([job("three", 3), job("one", 1), job("two", 2)]):
        order.append(await next_done)
    print("as_completed:", order)

    try:
        for next_done in asyncio.as_completed([job("fast", 0), asyncio.sleep(10)], timeout=0.01):
            print("got", await next_done)
    except TimeoutError:
        print("as_completed timed out")

    results = []
    for f in asyncio.as_completed([job("ok", 1), job("bad", 2, True)]):
        try:
            results.append(await f)
        except ValueError as e:
            results.append("ValueError " + str(e))
    print(results)


asyncio.run(main())
