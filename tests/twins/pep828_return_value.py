# Twin of tests/run/pep828_return_value.py for CPython 3.11, where an async
# generator cannot return a value and StopAsyncIteration has no .value.
# Emulation: each `return v` becomes `ret.append(v); return` with `ret` a
# holder list passed as an extra argument; where the PEP program prints
# StopAsyncIteration's .value, the twin prints the holder's value. For a
# generator that ends without a value the holder stays empty and the twin
# prints None, which is .value in that case (as for StopIteration).
import asyncio

def value_of(ret):
    if ret:
        return ret[-1]
    return None

async def counted(items, ret):
    n = 0
    for x in items:
        await asyncio.sleep(0)
        yield x
        n += 1
    ret.append(n)
    return

async def early(flag, ret):
    if flag:
        ret.append("early exit")
        return
    yield "unreached unless not flag"
    ret.append("late exit")
    return

async def plain(ret):
    yield "p"

async def bare(ret):
    yield "b"
    return

async def main():
    ret = []
    g = counted(["a", "b", "c"], ret)
    while True:
        try:
            print("item", await g.__anext__())
        except StopAsyncIteration:
            print("returned", value_of(ret))
            break
    out = []
    async for x in counted("xyz", []):
        out.append(x)
    print("async for ignores the value:", out)
    ret = []
    try:
        await early(True, ret).__anext__()
    except StopAsyncIteration:
        print("no yield at all:", value_of(ret))
    ret = []
    e2 = early(False, ret)
    print(await e2.asend(None))
    try:
        await e2.asend("sent")
    except StopAsyncIteration:
        print("after one yield:", value_of(ret))
    for mk, name in [(plain, "plain"), (bare, "bare")]:
        ret = []
        g = mk(ret)
        print(await g.__anext__())
        try:
            await g.__anext__()
        except StopAsyncIteration:
            print(name, "value:", value_of(ret))

asyncio.run(main())
