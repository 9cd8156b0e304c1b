# asyncio.run stops the loop one iteration after the main task is done (a
# done callback of the task stops it, as run_until_complete does), so a
# task that is ready then runs once more before it is cancelled.
import asyncio


async def spin():
    try:
        while True:
            print("spin")
            await asyncio.sleep(0)
    finally:
        print("spin end")


async def main():
    asyncio.create_task(spin())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("main end")


asyncio.run(main())
