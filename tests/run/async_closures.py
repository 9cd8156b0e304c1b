# Nested async def closures reading enclosing variables, coroutines stored
# in lists and dicts, async lambdas via functions returning coroutines.
import asyncio

def make_adder(n):
    async def add(x):
        await asyncio.sleep(0)
        return x + n
    return add

def make_counter_gen(start, stop):
    async def gen():
        i = start
        while i < stop:
            yield i
            i += 1
    return gen

async def apply_all(funcs, x):
    results = []
    for f in funcs:
        results.append(await f(x))
    return results

async def main():
    adders = [make_adder(i) for i in range(4)]
    print(await apply_all(adders, 10))
    table = {"double": lambda v: make_adder(v)(v), "plain": make_adder(100)}
    print(await table["double"](21), await table["plain"](1))
    coros = [adders[i](i) for i in range(3)]
    print([type(c).__name__ for c in coros])
    values = []
    for c in coros:
        values.append(await c)
    print(values)
    gen = make_counter_gen(3, 6)
    collected = []
    async for v in gen():
        collected.append(v)
    async for v in gen():
        collected.append(-v)
    print(collected)
    base = 1000
    async def local(x):
        return base + x
    print(await local(1), await asyncio.gather(local(2), local(3)))

asyncio.run(main())
