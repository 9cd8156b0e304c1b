# yieldc-flags: --pep828=draft
# PEP 828: asend() on the outer async generator reaches the subgenerator
# of `async yield from`: the inner generator receives the sent values
# first, its yields go straight to the caller, and its return value becomes
# the value of the `async yield from` expression.
import asyncio

async def summer(label):
    total = 0
    while True:
        x = yield label + " total " + str(total)
        print("  ", label, "received", x)
        if x is None:
            return total
        await asyncio.sleep(0)
        total += x

async def outer():
    print("  outer starts")
    a = async yield from summer("first")
    print("  outer: first returned", a)
    b = async yield from summer("second")
    print("  outer: second returned", b)
    reply = yield "outer sum " + str(a + b)
    print("  outer received", reply)
    return a * b

async def main():
    g = outer()
    print(await g.asend(None))
    print(await g.asend(1))
    print(await g.asend(2))
    print(await g.asend(None))
    print(await g.asend(10))
    print(await g.__anext__())
    try:
        await g.asend("last")
    except StopAsyncIteration as e:
        print("outer returned", e.value)

asyncio.run(main())
