# Many tasks and long async generator chains: 500 tasks hopping with
# sleep(0), gather of 300 coroutines, a chain of 40 async generators
# each adding one, and a 200-deep chain of awaits.
import asyncio

async def hopper(i, hops, counter):
    for k in range(hops):
        counter[0] += 1
        await asyncio.sleep(0)
    return i

async def source(n):
    for i in range(n):
        yield i

async def plus_one(src):
    async for x in src:
        yield x + 1

async def deep(n):
    if n == 0:
        await asyncio.sleep(0)
        return 0
    return 1 + await deep(n - 1)

async def main():
    counter = [0]
    tasks = [asyncio.create_task(hopper(i, i % 7, counter)) for i in range(500)]
    total = 0
    for t in tasks:
        total += await t
    print("tasks", total, counter[0])
    r = await asyncio.gather(*[hopper(i, 3, counter) for i in range(300)])
    print("gather", len(r), sum(r), r[:5], r[-3:], counter[0])
    g = source(100)
    for i in range(40):
        g = plus_one(g)
    out = []
    async for x in g:
        out.append(x)
    print("chain", out[:3], out[-1], len(out))
    print("deep", await deep(200))

asyncio.run(main())
