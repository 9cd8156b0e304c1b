# An exception raised three awaits deep is never caught: asyncio.run
# re-raises it, the finally blocks on the way run first, exit status 1.
import asyncio

async def deepest():
    await asyncio.sleep(0)
    print("deepest raising")
    raise ValueError("lost in the chain")

async def middle():
    try:
        await deepest()
    finally:
        print("middle finally")

async def main():
    print("main start")
    try:
        await middle()
    except KeyError:
        print("not reached")
    print("not reached either")

try:
    asyncio.run(main())
finally:
    print("run finished")
