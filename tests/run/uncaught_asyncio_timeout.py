# asyncio.timeout expiring, uncaught: TimeoutError (from the CancelledError).
import asyncio


async def main():
    async with asyncio.timeout(0.01):
        await asyncio.sleep(10)


asyncio.run(main())
