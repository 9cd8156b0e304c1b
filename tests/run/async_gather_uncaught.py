# The first exception out of gather is not caught: exit 1. The other
# gathered task is still sleeping; asyncio.run cancels it while shutting
# down, so its finally runs before the program exits.
import asyncio

class E(Exception):
    pass

async def slow():
    try:
        print("slow starts")
        await asyncio.sleep(1)
        print("slow not reached")
    finally:
        print("slow finally")

async def fails():
    await asyncio.sleep(0.01)
    print("fails raising")
    raise E("gather failed")

async def main():
    await asyncio.gather(slow(), fails())
    print("not reached")

try:
    asyncio.run(main())
finally:
    print("asyncio.run ended")
