# An async generator that yields in its finally when aclosed:
# RuntimeError: async generator ignored GeneratorExit. The generator stays
# suspended at that yield; resuming it lets the finally end, which re-raises
# the pending GeneratorExit out of __anext__().
import asyncio

async def stubborn():
    try:
        yield 1
    finally:
        print("  finally, yielding again")
        yield 2
        print("  finally resumed")

async def main():
    s = stubborn()
    print(await s.__anext__())
    try:
        await s.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await s.__anext__()
    except GeneratorExit:
        print("GeneratorExit came out of __anext__")
    try:
        await s.__anext__()
    except StopAsyncIteration:
        print("stubborn finished")

asyncio.run(main())
