# Row 9: an async generator consumed by `async for` inside asyncio.run; an
# item is one value.
import asyncio
import sys


async def count_up_to(n):
    i = 0
    while i < n:
        yield i
        i += 1


async def main(n):
    total = 0
    async for x in count_up_to(n):
        total += x
    print(total)


asyncio.run(main(int(sys.argv[1])))
