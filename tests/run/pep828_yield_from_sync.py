# yieldc-flags: --pep828=draft
# PEP 828: `yield from` a synchronous iterable inside an async generator
# keeps all of PEP 380's delegation: asend values reach the generator's
# send, athrow reaches its throw, aclose reaches its close, and the value
# of `yield from` is the generator's return value. Lists, strings and
# ranges can be delegated to as well.
import asyncio

def averager():
    total = 0
    n = 0
    while True:
        try:
            x = yield (total / n if n else None)
        except ValueError as e:
            print("  averager ignores", e)
            continue
        if x is None:
            return (n, total)
        total += x
        n += 1

def closable():
    try:
        yield "c1"
        yield "c2"
    finally:
        print("  closable finally")

async def outer():
    yield from [1, 2]
    yield from "ab"
    await asyncio.sleep(0)
    yield from range(3, 5)
    stats = yield from averager()
    print("  averager returned", stats)
    yield "stats " + str(stats)
    try:
        yield from closable()
    finally:
        print("  outer finally")

async def main():
    g = outer()
    for i in range(6):
        print(await g.__anext__())
    print(await g.__anext__())
    print(await g.asend(10))
    print(await g.asend(20))
    print(await g.athrow(ValueError("bad sample")))
    print(await g.asend(60))
    print(await g.asend(None))
    print(await g.__anext__())
    await g.aclose()
    print("closed")

asyncio.run(main())
