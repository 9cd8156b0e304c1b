# Several tasks hopping with asyncio.sleep(0): each sleep(0) gives up the
# loop for exactly one turn, so the tasks advance round-robin in the order
# they were created, and main runs between them when it sleeps too.
import asyncio

async def worker(name, steps):
    for i in range(steps):
        print(name, "step", i)
        await asyncio.sleep(0)
    print(name, "done")
    return name + str(steps)

async def main():
    a = asyncio.create_task(worker("A", 3))
    b = asyncio.create_task(worker("B", 1))
    c = asyncio.create_task(worker("C", 2))
    print("main created tasks")
    for i in range(2):
        print("main hop", i)
        await asyncio.sleep(0)
    print("main awaits")
    print(await a, await b, await c)
    print("-- second round")
    d = asyncio.create_task(worker("D", 2))
    print("main no hop; awaiting D directly")
    print(await d)
    e = asyncio.create_task(worker("E", 3))
    f = asyncio.create_task(worker("F", 3))
    print(await worker("M", 3))
    print(await e, await f)

asyncio.run(main())
