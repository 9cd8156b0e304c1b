# yieldc-flags: --pep828=draft
# PEP 828: `async yield from` a subgenerator that returns without yielding
# (the expression's value is its return value and nothing is yielded), one
# that ends without a value (None), an already exhausted one (None), and
# `async yield from` used inside a larger expression.
import asyncio

async def no_yield(v):
    if v is None:
        return
    await asyncio.sleep(0)
    return v
    yield "never"

async def one_then(v):
    yield "one"
    return v

async def runner():
    a = async yield from no_yield(5)
    print("  no yield returned", a)
    b = async yield from no_yield(None)
    print("  bare return gave", b)
    done = one_then("x")
    async for v in done:
        print("  consumed", v)
    c = async yield from done
    print("  exhausted gave", c)
    d = (async yield from one_then(20)) * 2
    print("  doubled", d)
    items = [(async yield from one_then("p")), (async yield from one_then("q"))]
    print("  items", items)
    return "runner done"

async def main():
    g = runner()
    while True:
        try:
            print("yielded", await g.__anext__())
        except StopAsyncIteration as e:
            print("returned", e.value)
            break

asyncio.run(main())
