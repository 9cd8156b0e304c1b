# CPython 3.11 marks an async generator closed as soon as aclose() throws
# GeneratorExit into it. This one swallows the GeneratorExit and yields
# again (RuntimeError: async generator ignored GeneratorExit); after that a
# second aclose() and an athrow() raise StopAsyncIteration without running
# it, while __anext__() still resumes it.
import asyncio

async def swallow_once():
    try:
        yield "tick"
    except GeneratorExit:
        print("  swallowing GeneratorExit")
    yield "tock"
    print("  after tock")

async def main():
    w = swallow_once()
    print(await w.__anext__())
    try:
        await w.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await w.aclose()
        print("second aclose returned")
    except StopAsyncIteration:
        print("second aclose: StopAsyncIteration")
    try:
        await w.athrow(ValueError("v"))
        print("athrow returned")
    except StopAsyncIteration:
        print("athrow: StopAsyncIteration")
    except ValueError:
        print("athrow: ValueError")
    try:
        await w.__anext__()
    except StopAsyncIteration:
        print("__anext__ ran it to the end")
    await w.aclose()
    print("aclose of the finished generator")

asyncio.run(main())
