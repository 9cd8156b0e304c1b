# Calls of coroutine functions that must not warn: awaited, stored, passed
# on, or through a name that does not certainly denote the async def.
import asyncio


async def work(n):
    await asyncio.sleep(0)
    return n


async def rebound():
    return 0

rebound = work  # a second binding: the name is not certainly the async def


async def deleted():
    return 0

if False:
    deleted()  # the name is deleted below, so it may be unbound here
del deleted


def plain():
    return 1


async def main():
    await work(1)
    c = work(2)
    await c
    t = asyncio.create_task(work(3))
    await t
    await asyncio.gather(work(4), work(5))
    await asyncio.sleep(0)
    rebound(6)
    plain()
    f = work
    f(7)
    return [work(8)]


asyncio.run(main())
