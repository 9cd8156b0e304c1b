import asyncio


async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def double(x):
    await asyncio.sleep(0)
    return x * 2


async def main():
    print([x async for x in ticker(4)])
    print([await double(x) for x in range(3)])
    print({x: await double(x) async for x in ticker(3) if x != 1})
    print([[y async for y in ticker(x)] for x in range(3)])
    gen = (x * 10 async for x in ticker(3))
    print(type(gen).__name__, [v async for v in gen])
    print([x for x in [1, 2, 3] if await double(x) > 2])


asyncio.run(main())


def outside():
    return (await double(x) for x in range(2))


async def consume():
    print([v async for v in outside()])


asyncio.run(consume())
