# Two __anext__() awaited concurrently on one async generator (by gather,
# while the first is suspended at an await inside the generator):
# RuntimeError: anext(): asynchronous generator is already running.
# The same for asend, athrow and aclose while a __anext__ is in progress.
import asyncio

async def slow():
    for i in range(4):
        print("  slow awaits before", i)
        await asyncio.sleep(0.01)
        yield i

async def main():
    g = slow()
    try:
        r = await asyncio.gather(g.__anext__(), g.__anext__())
        print("not reached", r)
    except RuntimeError as e:
        print("RuntimeError:", e)
    await asyncio.sleep(0.03)
    print("first __anext__ completed in the background")
    print("next value:", await g.__anext__())
    t = asyncio.create_task(g.asend(None))
    await asyncio.sleep(0)
    try:
        await g.asend(None)
    except RuntimeError as e:
        print("asend: RuntimeError:", e)
    try:
        await g.athrow(ValueError)
    except RuntimeError as e:
        print("athrow: RuntimeError:", e)
    try:
        await g.aclose()
    except RuntimeError as e:
        print("aclose: RuntimeError:", e)
    print("task result:", await t)
    async for v in g:
        print("left", v)

asyncio.run(main())
