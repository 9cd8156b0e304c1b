# async for over an int, uncaught: exit 1 with
# TypeError: 'async for' requires an object with __aiter__ method, got int.
import asyncio

async def main():
    total = 0
    print("looping")
    async for x in total:
        print("never", x)

asyncio.run(main())
