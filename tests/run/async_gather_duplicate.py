# gather() given the same awaitable more than once runs it once: each
# distinct coroutine becomes one task, and its result fills every place it
# was given in.
import asyncio

async def work(name, delay):
    print("start", name)
    await asyncio.sleep(delay)
    print("end", name)
    return name

async def fail(name):
    print("start", name)
    await asyncio.sleep(0)
    raise ValueError(name + " failed")

async def main():
    c = work("a", 0.01)
    print(await asyncio.gather(c, c))

    b = work("b", 0.02)
    t = asyncio.create_task(work("t", 0.01))
    print(await asyncio.gather(t, b, t, work("d", 0), b, t))

    f = fail("f")
    try:
        await asyncio.gather(f, f, work("e", 0.01))
    except ValueError as e:
        print("ValueError:", e)
    await asyncio.sleep(0.02)

asyncio.run(main())
