# finally blocks of async generators run when the generator is exhausted
# (before async for ends), when the consumer raises inside the loop body
# after aclose, and can await; nested try/finally unwind innermost first.
import asyncio

async def guarded(n):
    try:
        try:
            for i in range(n):
                yield i
        finally:
            print("  inner finally")
            await asyncio.sleep(0)
            print("  inner finally after await")
    finally:
        print("  outer finally")

async def main():
    async for v in guarded(2):
        print("value", v)
    print("loop over")
    g = guarded(3)
    try:
        async for v in g:
            print("value", v)
            if v == 1:
                raise KeyError("consumer failed")
    except KeyError as e:
        print("caught", repr(e))
        await g.aclose()
        print("closed explicitly")
    h = guarded(1)
    print(await h.__anext__())
    try:
        await h.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration after the finally blocks")

asyncio.run(main())
