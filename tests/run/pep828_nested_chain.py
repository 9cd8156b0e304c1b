# yieldc-flags: --pep828=draft
# PEP 828: a chain of async generators delegating with `async yield from`
# three levels deep; each level returns a value to the one above, values
# sent with asend travel to the innermost level, and the outermost
# generator's return value comes out as StopAsyncIteration.value.
import asyncio

async def leaf(name, n):
    got = []
    for i in range(n):
        x = yield name + "." + str(i)
        await asyncio.sleep(0)
        if x is not None:
            got.append(x)
    return got

async def branch(name):
    a = async yield from leaf(name + "L", 2)
    b = async yield from leaf(name + "R", 1)
    return a + b

async def root():
    first = async yield from branch("x")
    print("  root: x branch returned", first)
    second = async yield from branch("y")
    print("  root: y branch returned", second)
    return len(first) + len(second)

async def main():
    g = root()
    sent = 0
    v = await g.asend(None)
    while True:
        print("got", v)
        sent += 1
        try:
            if sent % 2 == 0:
                v = await g.asend(None)
            else:
                v = await g.asend(sent * 100)
        except StopAsyncIteration as e:
            print("root returned", e.value)
            break
    out = []
    async for v in root():
        out.append(v)
    print(out)

asyncio.run(main())
