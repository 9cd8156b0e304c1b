# Awaiting the same awaitable object twice: a coroutine, an
# __anext__()/asend() awaitable, an aclose()/athrow() awaitable.
import asyncio

async def value():
    await asyncio.sleep(0)
    return 5

async def gen():
    yield 1
    yield 2

async def main():
    c = value()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    g = gen()
    a = g.__anext__()
    print(await a)
    try:
        await a
    except RuntimeError as e:
        print("RuntimeError:", e)
    s = g.asend(None)
    print(await s)
    try:
        await s
    except RuntimeError as e:
        print("RuntimeError:", e)
    t = g.athrow(KeyError("k"))
    try:
        await t
    except KeyError as e:
        print("KeyError", e)
    try:
        await t
    except RuntimeError as e:
        print("RuntimeError:", e)
    g2 = gen()
    await g2.__anext__()
    cl = g2.aclose()
    await cl
    try:
        await cl
    except RuntimeError as e:
        print("RuntimeError:", e)
    end = gen()
    async for v in end:
        pass
    x = end.__anext__()
    try:
        await x
    except StopAsyncIteration:
        print("StopAsyncIteration")
    try:
        await x
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
