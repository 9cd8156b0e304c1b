# yieldc-flags: --pep828=draft
# PEP 828: the subgenerator of `async yield from` awaits between its
# yields; delegation is transparent to the event loop, so a background task
# interleaves with it at each sleep(0) exactly as if the consumer iterated
# the subgenerator directly; timed sleeps order by their delays.
import asyncio

async def slow_count(tag, n):
    for i in range(n):
        print("  ", tag, "waits")
        await asyncio.sleep(0)
        yield tag + str(i)
    return n

async def delegator():
    total = 0
    total += async yield from slow_count("a", 2)
    await asyncio.sleep(0)
    total += async yield from slow_count("b", 3)
    return total

async def background():
    for i in range(8):
        print("bg", i)
        await asyncio.sleep(0)

async def timed(tag, delay):
    await asyncio.sleep(delay)
    yield tag
    return delay

async def race(tag, delay):
    d = async yield from timed(tag, delay)
    print("  ", tag, "returned", d)

async def collect(agen, out):
    async for v in agen:
        out.append(v)

async def main():
    t = asyncio.create_task(background())
    g = delegator()
    while True:
        try:
            print("main got", await g.__anext__())
        except StopAsyncIteration as e:
            print("delegator returned", e.value)
            break
    await t
    out = []
    await asyncio.gather(collect(race("slow", 0.05), out), collect(race("fast", 0.01), out),
                         collect(race("mid", 0.03), out))
    print(out)

asyncio.run(main())
