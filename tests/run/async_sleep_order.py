# Tasks sleeping for different times finish in order of their delays
# (delays 20 ms apart), whatever order they were created in.
import asyncio

async def sleeper(name, delay):
    print("start", name)
    await asyncio.sleep(delay)
    print("woke", name)
    return name

async def main():
    t1 = asyncio.create_task(sleeper("slow", 0.06))
    t2 = asyncio.create_task(sleeper("fast", 0.02))
    t3 = asyncio.create_task(sleeper("medium", 0.04))
    t4 = asyncio.create_task(sleeper("instant", 0))
    print("tasks created")
    print("awaiting slow first:", await t1)
    print("others:", await t2, await t3, await t4)
    order = []
    async def mark(name, delay):
        await asyncio.sleep(delay)
        order.append(name)
    await asyncio.gather(mark("c", 0.05), mark("a", 0.01), mark("b", 0.03))
    print("finish order", order)

asyncio.run(main())
