# PEP 828 as accepted: the TypeError of `yield from <list>` in an async
# generator, uncaught: exit status 1 and its message last on stderr.
import asyncio

async def delegates():
    yield from [1, 2, 3]

async def main():
    async for v in delegates():
        print(v)

asyncio.run(main())
