import asyncio


async def main():
    cond = asyncio.Condition()
    async with cond:
        pass

asyncio.run(main())
