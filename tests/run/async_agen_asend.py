# asend: priming with asend(None), sending values into a running async
# generator (the value of the yield expression), and the TypeError for a
# non-None value sent to a just-started async generator.
import asyncio

async def accumulator():
    total = 0
    print("  acc started")
    while True:
        x = yield total
        print("  acc received", x)
        if x is None:
            break
        await asyncio.sleep(0)
        total += x
    print("  acc ending with", total)

async def echo():
    received = []
    v = yield "ready"
    while v != "stop":
        received.append(v)
        v = yield "got " + str(v)
    yield received

async def main():
    a = accumulator()
    try:
        await a.asend(5)
    except TypeError as e:
        print("TypeError:", e)
    print("prime:", await a.asend(None))
    for v in [3, 4, 10]:
        print("sent", v, "->", await a.asend(v))
    try:
        await a.asend(None)
    except StopAsyncIteration:
        print("accumulator finished")
    e = echo()
    print(await e.asend(None))
    print(await e.asend(1))
    print(await e.asend("two"))
    print(await e.asend([3]))
    print(await e.asend("stop"))
    try:
        await e.asend("more")
    except StopAsyncIteration:
        print("echo finished")
    e2 = echo()
    print(await e2.__anext__())
    print(await e2.__anext__())
    print(await e2.asend("stop"))
    await e2.aclose()

asyncio.run(main())
