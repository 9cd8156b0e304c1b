# Driving an async generator by hand: await agen.__anext__() gives each
# value; at exhaustion it raises StopAsyncIteration, caught explicitly,
# and keeps raising it on every later call.
import asyncio

async def gen():
    print("gen starts")
    yield "a"
    print("gen between")
    yield "b"
    print("gen ends")

async def main():
    g = gen()
    print("created; nothing ran yet")
    print(await g.__anext__())
    print(await g.__anext__())
    try:
        await g.__anext__()
        print("not reached")
    except StopAsyncIteration as e:
        print("StopAsyncIteration", repr(e), e.args)
    for i in range(2):
        try:
            await g.__anext__()
        except StopAsyncIteration:
            print("still exhausted", i)
    g2 = gen()
    print(g2.__aiter__() is g2)
    aw = g2.__anext__()
    print("awaitable made; gen not started:", type(aw).__name__)
    print("awaiting it:", await aw)
    values = []
    while True:
        try:
            values.append(await g2.__anext__())
        except StopAsyncIteration:
            break
    print("rest", values)

asyncio.run(main())
