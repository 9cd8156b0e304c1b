# gather of no arguments, of one, of tasks and coroutines mixed, of the
# same task twice, and gathers nested in gathers.
import asyncio

async def square(x):
    await asyncio.sleep(0)
    print("square", x)
    return x * x

async def pair(a, b):
    return await asyncio.gather(square(a), square(b))

async def main():
    r = await asyncio.gather()
    print("empty:", r)
    print("one:", await asyncio.gather(square(3)))
    t1 = asyncio.create_task(square(10))
    t2 = asyncio.create_task(square(20))
    r = await asyncio.gather(square(1), t1, square(2), t2)
    print("mixed:", r)
    t3 = asyncio.create_task(square(5))
    print("same task twice:", await asyncio.gather(t3, t3))
    print("finished task:", await asyncio.gather(t1, square(4)))
    r = await asyncio.gather(pair(1, 2), pair(3, 4), square(9))
    print("nested:", r)
    print("sum:", sum(await asyncio.gather(*[square(i) for i in range(5)])))

asyncio.run(main())
