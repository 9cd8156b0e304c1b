# create_task: the task does not start until main gives up the loop; it
# starts at the next loop turn; awaiting it returns the coroutine's value,
# and awaiting a finished task again returns the same value.
import asyncio

async def compute(x, delay):
    print("compute start", x)
    await asyncio.sleep(delay)
    print("compute end", x)
    return x * x

async def quick(x):
    print("quick runs", x)
    return x + 100

async def main():
    t = asyncio.create_task(compute(4, 0.01))
    print("created, not started yet")
    r = await t
    print("result", r)
    q = asyncio.create_task(quick(1))
    print("quick created")
    await asyncio.sleep(0)
    print("after one hop")
    print("await finished task:", await q)
    print("await it again:", await q)
    tasks = []
    for i in range(4):
        tasks.append(asyncio.create_task(compute(i, 0.02 * (4 - i))))
    print("created four")
    results = []
    for t in tasks:
        results.append(await t)
        print("collected", len(results))
    print(results)

asyncio.run(main())
