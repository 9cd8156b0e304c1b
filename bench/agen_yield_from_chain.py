# Items pulled through a chain of 50 async generators joined by `yield from`
# (PEP 828 as accepted), beside yield_from_depth500.py's sync chain: the
# cost per item of the async delegation; an item is one value pulled
# through the 50 levels.  CPython 3.11 runs its twin,
# bench/twins/agen_yield_from_chain.py (the PEP's expansion).
import asyncio
import sys


async def leaf(n):
    for i in range(n):
        yield i


async def link(depth, n):
    if depth == 0:
        yield from leaf(n)
    else:
        yield from link(depth - 1, n)


async def main(n):
    total = 0
    async for v in link(50, n):
        total += v
    print(total)


asyncio.run(main(int(sys.argv[1])))
