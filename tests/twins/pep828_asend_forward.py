# Twin of tests/run/pep828_asend_forward.py for CPython 3.11.
# Emulation: `v = async yield from sub` is written out as PEP 380's
# expansion with the async methods: prime with `await sub.asend(None)`,
# yield each value, forward a sent value with `await sub.asend(s)`, an
# exception thrown in with `await sub.athrow(e)`, GeneratorExit with
# `await sub.aclose()` then re-raise; StopAsyncIteration ends the loop.
# `return v` in an async generator becomes `ret.append(v); return` with a
# holder list passed as an extra argument; the value of `async yield from`
# and StopAsyncIteration.value are read from the holder.
import asyncio

async def summer(label, ret):
    total = 0
    while True:
        x = yield label + " total " + str(total)
        print("  ", label, "received", x)
        if x is None:
            ret.append(total)
            return
        await asyncio.sleep(0)
        total += x

async def outer(ret):
    print("  outer starts")
    # a = async yield from summer("first")
    r = []
    sub = summer("first", r)
    try:
        y = await sub.asend(None)
    except StopAsyncIteration:
        pass
    else:
        while True:
            try:
                s = yield y
            except GeneratorExit:
                await sub.aclose()
                raise
            except BaseException as e:
                try:
                    y = await sub.athrow(e)
                except StopAsyncIteration:
                    break
            else:
                try:
                    y = await sub.asend(s)
                except StopAsyncIteration:
                    break
    a = r[0]
    print("  outer: first returned", a)
    # b = async yield from summer("second")
    r = []
    sub = summer("second", r)
    try:
        y = await sub.asend(None)
    except StopAsyncIteration:
        pass
    else:
        while True:
            try:
                s = yield y
            except GeneratorExit:
                await sub.aclose()
                raise
            except BaseException as e:
                try:
                    y = await sub.athrow(e)
                except StopAsyncIteration:
                    break
            else:
                try:
                    y = await sub.asend(s)
                except StopAsyncIteration:
                    break
    b = r[0]
    print("  outer: second returned", b)
    reply = yield "outer sum " + str(a + b)
    print("  outer received", reply)
    ret.append(a * b)
    return

async def main():
    ret = []
    g = outer(ret)
    print(await g.asend(None))
    print(await g.asend(1))
    print(await g.asend(2))
    print(await g.asend(None))
    print(await g.asend(10))
    print(await g.__anext__())
    try:
        await g.asend("last")
    except StopAsyncIteration:
        print("outer returned", ret[0])

asyncio.run(main())
