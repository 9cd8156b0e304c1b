# Abandoned async generators whose finally awaits: the aclose() task that
# CPython's finalizer hook schedules runs the finally in steps, interleaved
# with the other running code. A generator dropped by rebinding the only
# variable is finalized the same way; a never-started one has nothing to run.
import asyncio

async def source(tag):
    try:
        for i in range(10):
            yield i
    finally:
        print(" ", tag, "cleanup 1")
        await asyncio.sleep(0)
        print(" ", tag, "cleanup 2")
        await asyncio.sleep(0)
        print(" ", tag, "cleanup 3")

async def ticker(n):
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0)

async def main():
    async for x in source("loop"):
        if x == 3:
            break
    print("broke out")
    await ticker(6)
    g = source("rebound")
    print("value", await g.__anext__())
    g = source("never started")
    print("rebound g")
    await ticker(5)
    g = 0
    print("dropped the never-started one")
    await ticker(2)
    print("main done")

asyncio.run(main())
