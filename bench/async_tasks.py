# Row 8: 1,000 asyncio tasks that each yield to the event loop n / 1000
# times; an item is one `await asyncio.sleep(0)` (one task switch).
import asyncio
import sys

TASKS = 1000


async def worker(i, count):
    total = 0
    for k in range(count):
        total += k + i
        await asyncio.sleep(0)
    return total


async def main(n):
    count = n // TASKS
    results = await asyncio.gather(*[worker(i, count) for i in range(TASKS)])
    print(sum(results))


asyncio.run(main(int(sys.argv[1])))
