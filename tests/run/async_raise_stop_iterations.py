# PEP 479 for coroutines and async generators: StopIteration raised in a
# coroutine becomes RuntimeError: coroutine raised StopIteration;
# StopAsyncIteration raised in an async generator becomes
# RuntimeError: async generator raised StopAsyncIteration;
# StopIteration raised in an async generator becomes
# RuntimeError: async generator raised StopIteration.
# StopAsyncIteration raised in a plain coroutine passes through unchanged.
import asyncio

async def coro_stop():
    await asyncio.sleep(0)
    raise StopIteration("early")

async def agen_stop_async():
    yield 1
    raise StopAsyncIteration

async def agen_stop():
    yield 1
    raise StopIteration

async def agen_next_exhausted():
    it = iter([])
    yield next(it)

async def coro_stop_async():
    raise StopAsyncIteration("plain")

async def main():
    try:
        await coro_stop()
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", repr(e.__cause__))
    g = agen_stop_async()
    print(await g.__anext__())
    try:
        await g.__anext__()
    except RuntimeError as e:
        print("RuntimeError:", e)
    got = []
    try:
        async for v in agen_stop():
            got.append(v)
    except RuntimeError as e:
        print("RuntimeError:", e, got)
    try:
        async for v in agen_next_exhausted():
            print("never")
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await coro_stop_async()
    except StopAsyncIteration as e:
        print("StopAsyncIteration passed through:", e)
    t = asyncio.create_task(coro_stop())
    try:
        await t
    except RuntimeError as e:
        print("from task, RuntimeError:", e)

asyncio.run(main())
