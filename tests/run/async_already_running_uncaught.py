# The already-running error left uncaught: exit 1 with
# RuntimeError: anext(): asynchronous generator is already running.
import asyncio

async def slow():
    await asyncio.sleep(0.01)
    yield 1

async def main():
    g = slow()
    t = asyncio.create_task(g.__anext__())
    await asyncio.sleep(0)
    print("first __anext__ is waiting inside the generator")
    try:
        await g.__anext__()
    finally:
        print("finally: first gave", await t)

asyncio.run(main())
