# Synchronous generators used from coroutines and async generators:
# send/throw/close and yield from on plain generators work unchanged inside
# async code, and a tiny round-robin driver runs coroutines by hand.
import asyncio

def averager():
    total = 0
    count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count

def chain(a, b):
    r = yield from a
    yield from b
    return r

def gen_a():
    yield 1
    yield 2
    return "a done"

async def use_sync():
    avg = averager()
    next(avg)
    for x in [10, 20, 60]:
        await asyncio.sleep(0)
        print("average", avg.send(x))
    avg.close()
    print(list(chain(gen_a(), "xy")))

async def agen_with_sync():
    for x in chain(gen_a(), range(3, 5)):
        await asyncio.sleep(0)
        yield x * 10

async def job(name, n):
    for i in range(n):
        print("  job", name, "step", i)
        await asyncio.sleep(0)
    return name + " finished"

def round_robin(coros):
    results = []
    while coros:
        c = coros.pop(0)
        try:
            c.send(None)
            coros.append(c)
        except StopIteration as e:
            results.append(e.value)
    return results

async def main():
    await use_sync()
    out = []
    async for v in agen_with_sync():
        out.append(v)
    print(out)

asyncio.run(main())
print(round_robin([job("x", 2), job("y", 3), job("z", 1)]))
