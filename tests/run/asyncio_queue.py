# asyncio.Queue: FIFO order, maxsize and blocking put, the _nowait forms
# and QueueEmpty/QueueFull, task_done/join, cancelled getters and putters.
import asyncio


async def getter(name, q):
    item = await q.get()
    print(name, "got", item)
    return item


async def putter(name, q, item):
    await q.put(item)
    print(name, "put", item, "size", q.qsize())


async def main():
    q = asyncio.Queue()
    print(q.maxsize, q.qsize(), q.empty(), q.full())
    for i in range(3):
        q.put_nowait(i * 10)
    print([q.get_nowait() for _ in range(3)])
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e), isinstance(e, Exception))

    # Getters wait, and are served in the order they came.
    tasks = [asyncio.create_task(getter(f"g{i}", q)) for i in range(3)]
    await asyncio.sleep(0)
    for item in "abc":
        q.put_nowait(item)
        print("put_nowait", item)
    print(await asyncio.gather(*tasks))

    # A bounded queue: put blocks while it is full.
    b = asyncio.Queue(2)
    print("maxsize", b.maxsize)
    b.put_nowait(1)
    b.put_nowait(2)
    print("full", b.full())
    try:
        b.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull")
    ps = [asyncio.create_task(putter(f"p{i}", b, i + 3)) for i in range(2)]
    await asyncio.sleep(0)
    print("size while putters wait", b.qsize())
    print(b.get_nowait())
    await asyncio.sleep(0)
    print(b.get_nowait(), b.get_nowait())
    await asyncio.gather(*ps)
    print(b.get_nowait(), b.empty())

    # A cancelled getter does not take an item.
    g = asyncio.create_task(getter("gone", b))
    g2 = asyncio.create_task(getter("stays", b))
    await asyncio.sleep(0)
    g.cancel()
    b.put_nowait("x")
    try:
        await g
    except asyncio.CancelledError:
        print("getter cancelled")
    await g2

    # task_done and join.
    j = asyncio.Queue()
    for i in range(3):
        await j.put(i)

    async def worker():
        while True:
            item = await j.get()
            await asyncio.sleep(0)
            print("processed", item)
            j.task_done()

    w = asyncio.create_task(worker())
    await j.join()
    print("joined")
    w.cancel()
    try:
        j.task_done()
    except ValueError as e:
        print("ValueError:", e)
    await j.join()
    print("join of an empty queue returns at once")


asyncio.run(main())
