# An async generator that awaits between its yields; while it waits,
# another task runs, so the two outputs interleave at each sleep(0).
import asyncio

async def slow_numbers(n):
    for i in range(n):
        print("  gen: waiting before", i)
        await asyncio.sleep(0)
        print("  gen: yielding", i)
        yield i
        print("  gen: resumed after", i)
    print("  gen: finished")

async def background():
    for i in range(6):
        print("bg", i)
        await asyncio.sleep(0)

async def fetch(x):
    await asyncio.sleep(0.01)
    return x * 3

async def tripled(n):
    for i in range(n):
        v = await fetch(i)
        yield v

async def main():
    t = asyncio.create_task(background())
    async for v in slow_numbers(3):
        print("main got", v)
    await t
    r = []
    async for v in tripled(4):
        r.append(v)
    print(r)

asyncio.run(main())
