# asyncio.run inside a running loop, uncaught: exit 1 with
# RuntimeError: asyncio.run() cannot be called from a running event loop.
import asyncio

async def inner():
    return 1

async def main():
    c = inner()
    print("nesting asyncio.run")
    try:
        asyncio.run(c)
    finally:
        c.close()
        print("closed the coroutine")

asyncio.run(main())
