# The coroutines given to gather become tasks in argument order and then
# interleave at each sleep(0), exactly like tasks from create_task.
import asyncio

async def stepper(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name + "!"

async def main():
    print("main before gather")
    r = await asyncio.gather(stepper("p", 3), stepper("q", 1), stepper("r", 2))
    print(r)
    t = asyncio.create_task(stepper("t", 2))
    r = await asyncio.gather(stepper("u", 2), t)
    print(r)

asyncio.run(main())
