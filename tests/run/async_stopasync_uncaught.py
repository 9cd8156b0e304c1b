# An async generator raising StopAsyncIteration, uncaught: exit 1 with
# RuntimeError: async generator raised StopAsyncIteration.
import asyncio

async def gen():
    yield "only"
    raise StopAsyncIteration("too clever")

async def main():
    async for v in gen():
        print("got", v)
    print("not reached")

asyncio.run(main())
