# The first exception raised by a gathered awaitable propagates out of
# gather; the other awaitables keep running to completion in the
# background (main waits for them before returning). Delays are 40 ms
# apart.
import asyncio

class E(Exception):
    pass

async def ok(name, delay):
    await asyncio.sleep(delay)
    print("ok", name, "finished")
    return name

async def fails(name, delay):
    await asyncio.sleep(delay)
    print("fails", name, "raising")
    raise E(name)

async def main():
    try:
        r = await asyncio.gather(ok("a", 0.02), fails("b", 0.06), ok("c", 0.1))
        print("not reached", r)
    except E as e:
        print("gather raised", repr(e))
    print("main continues before c finishes")
    await asyncio.sleep(0.12)
    print("-- two failures: the first to fail wins")
    try:
        await asyncio.gather(fails("late", 0.1), fails("early", 0.02), ok("mid", 0.06))
    except E as e:
        print("gather raised", repr(e))
    await asyncio.sleep(0.16)
    print("-- immediate failure")
    try:
        await asyncio.gather(ok("z", 0), fails("now", 0))
    except E as e:
        print("gather raised", repr(e))
    await asyncio.sleep(0.01)
    print("main done")

asyncio.run(main())
