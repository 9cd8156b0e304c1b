# Awaiting a task that has already finished returns its result at once,
# without giving up the loop; two coroutines may await the same task.
import asyncio

async def value(v):
    print("value task runs", v)
    return v

async def watcher(name, t):
    print(name, "waiting")
    r = await t
    print(name, "got", r)
    return r

async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0)

async def main():
    t = asyncio.create_task(value(42))
    await asyncio.sleep(0)
    print("t has run")
    tick = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    print("main awaits finished task")
    r = await t
    print("got", r, "without a hop")
    await tick
    shared = asyncio.create_task(value(7))
    w1 = asyncio.create_task(watcher("w1", shared))
    w2 = asyncio.create_task(watcher("w2", shared))
    print(await w1 + await w2)

asyncio.run(main())
