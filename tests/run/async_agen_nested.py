# Async generators consuming other async generators with async for and
# yield (the 3.11 way to delegate), sync generators used inside async
# generators, and closing the outer generator closes the inner one only
# when the outer's finally does it.
import asyncio

async def numbers(n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        print("  numbers finally")

def squares(xs):
    for x in xs:
        yield x * x

async def evens(src):
    async for x in src:
        if x % 2 == 0:
            yield x

async def pairs(n):
    inner = numbers(n)
    try:
        async for a in inner:
            for b in squares(range(a)):
                yield (a, b)
    finally:
        print("  pairs finally, closing inner")
        await inner.aclose()

async def flatten(lists):
    for lst in lists:
        for x in lst:
            yield x
        yield "|"

async def main():
    out = []
    async for x in evens(numbers(7)):
        out.append(x)
    print("evens", out)
    async for p in pairs(4):
        print("pair", p)
    g = pairs(5)
    print(await g.__anext__())
    print(await g.__anext__())
    await g.aclose()
    print("outer closed")
    out = []
    async for x in flatten([[1, 2], [], [3]]):
        out.append(x)
    print(out)

asyncio.run(main())
