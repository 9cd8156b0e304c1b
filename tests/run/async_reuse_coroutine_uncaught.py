# Awaiting a finished coroutine again, uncaught: exit 1 with
# RuntimeError: cannot reuse already awaited coroutine.
import asyncio

async def one():
    return 1

async def main():
    c = one()
    print("first", await c)
    print("second", await c)

asyncio.run(main())
