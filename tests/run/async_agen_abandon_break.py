# Breaking out of async for abandons a suspended async generator. CPython
# does not close it at once: dropping the last reference calls the event
# loop's finalizer hook, which schedules agen.aclose() as a new task, so the
# generator's finally runs (with GeneratorExit) two loop turns later, here
# between the ticker's steps.
import asyncio

async def numbers(tag):
    try:
        for i in range(10):
            print(" ", tag, "yields", i)
            yield i
    except BaseException as e:
        print(" ", tag, "got", type(e).__name__)
        raise
    finally:
        print(" ", tag, "finally")

async def ticker(n):
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0)

async def main():
    async for x in numbers("A"):
        print("main got", x)
        if x == 1:
            break
    print("after break")
    await ticker(4)
    print("-- break then a longer sleep")
    async for x in numbers("B"):
        if x == 2:
            break
    print("after break")
    await asyncio.sleep(0.01)
    print("main done")

asyncio.run(main())
print("after run")
