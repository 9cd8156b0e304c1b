# Async generators consumed by async for: plain yields, a bare yield,
# a bare return ending the iteration early, an empty async generator,
# and an async generator consumed twice (the second time it is exhausted).
import asyncio

async def count(n):
    for i in range(n):
        yield i

async def letters(word):
    for ch in word:
        if ch == "!":
            return
        yield ch

async def bare():
    yield
    yield

async def empty():
    if False:
        yield 1

async def main():
    async for i in count(3):
        print("count", i)
    out = []
    async for ch in letters("ab!cd"):
        out.append(ch)
    print(out)
    async for v in bare():
        print("bare gave", v)
    async for v in empty():
        print("never")
    print("empty done")
    g = count(2)
    print(type(g).__name__)
    async for i in g:
        print("first pass", i)
    async for i in g:
        print("second pass", i)
    print("second pass gave nothing")
    total = 0
    async for i in count(101):
        total += i
    else:
        print("else clause runs at exhaustion")
    print("total", total)
    async for i in count(5):
        if i == 2:
            continue
        if i == 4:
            break
        print("loop body", i)
    else:
        print("not printed after break")

asyncio.run(main())
