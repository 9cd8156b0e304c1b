# Coroutines awaiting coroutines several levels deep; each level adds to
# the value returned by the level below and prints on the way in and out.
import asyncio

async def leaf(n):
    print("leaf start", n)
    await asyncio.sleep(0)
    print("leaf end", n)
    return n * 10

async def level3(n):
    print("level3 in")
    v = await leaf(n)
    print("level3 out", v)
    return v + 3

async def level2(n):
    print("level2 in")
    v = await level3(n)
    w = await leaf(n + 1)
    print("level2 out", v, w)
    return v + w

async def level1(n):
    print("level1 in")
    total = 0
    for i in range(n):
        total += await level2(i)
    print("level1 out", total)
    return total

async def no_suspend(x):
    return x + 1

async def twice(x):
    return await no_suspend(await no_suspend(x))

async def main():
    r = await level1(2)
    print("result", r)
    print("twice", await twice(5))
    values = []
    for i in range(3):
        values.append(await twice(i))
    print(values)
    print("none result", await asyncio.sleep(0))
    print("sleep result", await asyncio.sleep(0.01))

print("before run")
print("run returned", asyncio.run(main()))
print("after run")
