# An async generator still suspended when main returns, kept alive by a
# global list: asyncio.run's shutdown_asyncgens step acloses it (it sees
# GeneratorExit, its finally may await) before asyncio.run returns.
import asyncio

async def stream(tag):
    try:
        for i in range(5):
            yield i
    except BaseException as e:
        print(tag, "got", type(e).__name__)
        raise
    finally:
        print(tag, "finally start")
        await asyncio.sleep(0)
        print(tag, "finally end")

keep = []

async def main():
    g = stream("kept")
    keep.append(g)
    print("first value", await g.__anext__())
    print("second value", await g.__anext__())
    print("main end")

asyncio.run(main())
print("after run")
keep.clear()
print("done")
