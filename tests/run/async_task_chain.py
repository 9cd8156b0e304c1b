# Tasks awaiting other tasks: a chain of stages, each created by the one
# before, a diamond where two tasks await one shared task, and results
# flowing back down the chain.
import asyncio

async def stage(n, depth):
    print("stage", n, "start")
    await asyncio.sleep(0)
    if n < depth:
        t = asyncio.create_task(stage(n + 1, depth))
        r = await t
    else:
        r = 0
    print("stage", n, "end")
    return r + n

async def base():
    print("base computing")
    await asyncio.sleep(0.01)
    print("base done")
    return 10

async def branch(name, shared, delay):
    v = await shared
    await asyncio.sleep(delay)
    print("branch", name, "has", v)
    return name + str(v)

async def main():
    print("chain total", await stage(1, 4))
    shared = asyncio.create_task(base())
    left = asyncio.create_task(branch("L", shared, 0.02))
    right = asyncio.create_task(branch("R", shared, 0))
    print(await asyncio.gather(left, right))
    print("shared again", await shared)

asyncio.run(main())
