# StopIteration escaping a coroutine, uncaught: exit 1 with
# RuntimeError: coroutine raised StopIteration.
import asyncio

async def inner():
    await asyncio.sleep(0)
    print("inner raising StopIteration")
    raise StopIteration(3)

async def main():
    v = await inner()
    print("not reached", v)

asyncio.run(main())
