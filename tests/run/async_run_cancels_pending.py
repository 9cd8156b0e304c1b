# A task still pending when main returns is cancelled by asyncio.run:
# CancelledError is raised at its await, its except/finally blocks run,
# then asyncio.run returns main's value. (Only one task is left pending:
# CPython cancels several in an address-dependent order.)
import asyncio

async def sleeper(name, delay):
    try:
        print(name, "sleeping")
        await asyncio.sleep(delay)
        print(name, "woke")
    except BaseException as e:
        print(name, "interrupted by", type(e).__name__)
        raise
    finally:
        print(name, "finally")

async def main():
    asyncio.create_task(sleeper("quick", 0))
    t2 = asyncio.create_task(sleeper("long", 5))
    await asyncio.sleep(0.01)
    print("main returns")
    return "main value"

print(asyncio.run(main()))
print("done")
