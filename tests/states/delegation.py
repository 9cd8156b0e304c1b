# Delegation: yield from, await, async for and PEP 828's yield from in an
# async generator each suspend in one state its delegate's steps keep.
import asyncio


def inner(n):
    for i in range(n):
        yield i
    return n * 10


def outer():
    got = yield from inner(2)
    yield got
    return "done"


async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def relay():
    yield from ticks(2)
    yield "relayed"


async def main():
    total = 0
    async for x in relay():
        print("got", x)
        if x == 1:
            total += 1
    print(list(outer()))
    return total


print(asyncio.run(main()))
