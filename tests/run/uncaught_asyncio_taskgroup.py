# A TaskGroup whose tasks fail, uncaught: CPython prints the exception
# group's traceback, the sub-exceptions boxed, and exits 1.
import asyncio


async def fail(n):
    await asyncio.sleep(0)
    raise ValueError(f"job {n} failed")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(1))
        tg.create_task(fail(2))
    print("not reached")


asyncio.run(main())
