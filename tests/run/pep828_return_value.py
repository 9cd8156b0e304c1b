# PEP 828: `return value` in an async generator. StopAsyncIteration.value
# carries the value when __anext__()/asend() exhausts it; a generator that
# falls off its end or uses a bare return gives None; async for ignores the
# value; a return before any yield ends the generator at once.
import asyncio

async def counted(items):
    n = 0
    for x in items:
        await asyncio.sleep(0)
        yield x
        n += 1
    return n

async def early(flag):
    if flag:
        return "early exit"
    yield "unreached unless not flag"
    return "late exit"

async def plain():
    yield "p"

async def bare():
    yield "b"
    return

async def main():
    g = counted(["a", "b", "c"])
    while True:
        try:
            print("item", await g.__anext__())
        except StopAsyncIteration as e:
            print("returned", e.value)
            break
    out = []
    async for x in counted("xyz"):
        out.append(x)
    print("async for ignores the value:", out)
    try:
        await early(True).__anext__()
    except StopAsyncIteration as e:
        print("no yield at all:", e.value)
    e2 = early(False)
    print(await e2.asend(None))
    try:
        await e2.asend("sent")
    except StopAsyncIteration as e:
        print("after one yield:", e.value)
    for mk, name in [(plain, "plain"), (bare, "bare")]:
        g = mk()
        print(await g.__anext__())
        try:
            await g.__anext__()
        except StopAsyncIteration as e:
            print(name, "value:", e.value)

asyncio.run(main())
