# 1,000 tasks each yielding to the event loop 200 times (task switches).
import asyncio

async def worker(i):
    total = 0
    for k in range(200):
        total += k
        await asyncio.sleep(0)
    return total

async def main():
    results = await asyncio.gather(*[worker(i) for i in range(1000)])
    print(sum(results))

asyncio.run(main())
