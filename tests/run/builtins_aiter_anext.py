# aiter() and anext() as in CPython 3.11: an async generator, a class with
# __aiter__/__anext__ (async for over it too), anext with a default, and the
# TypeErrors for what is not an async iterable or iterator.
import asyncio

async def ag(n):
    for i in range(n):
        yield i

class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i

class NotIt:
    def __aiter__(self):
        return 5

async def main():
    g = ag(2)
    print(aiter(g) is g)
    print(await anext(g))
    print(await anext(g, "dflt"))
    print(await anext(g, "dflt"))
    try:
        await anext(g)
    except StopAsyncIteration as e:
        print("stop", repr(e))
    c = Counter(2)
    print(aiter(c) is c)
    print(await anext(c), await anext(c), await anext(c, "end"))
    async for x in Counter(3):
        print("for", x)
    for bad in [lambda: aiter(5), lambda: aiter(NotIt()), lambda: anext(5), lambda: anext([1])]:
        try:
            bad()
        except TypeError as e:
            print("TypeError:", e)
    try:
        anext()
    except TypeError as e:
        print("TypeError:", e)
    try:
        anext(g, 1, 2)
    except TypeError as e:
        print("TypeError:", e)
    try:
        aiter()
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
