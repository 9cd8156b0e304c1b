# -Wunused-generator (on by default): a generator function or an async
# generator function called as a statement creates an object and drops it.
import asyncio


def numbers(n):
    for i in range(n):
        print("never printed", i)
        yield i


async def ticks():
    yield 1


def outer():
    def inner():
        yield 1

    inner()  # a local generator function
    return numbers(2)


async def main():
    ticks()  # an async generator, never iterated
    async for t in ticks():
        print(t)


numbers(3)  # warned
outer()
asyncio.run(main())
