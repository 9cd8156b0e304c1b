# pep828_delegate.py: PEP 828 as accepted, `yield from` inside an async
# generator delegates to another async generator (CPython 3.11 rejects it;
# yieldc accepts it).  The subgenerator may await; asend() values reach it;
# the value of `yield from` is its return value.  A sync iterable there is
# a TypeError: wrap it, as the PEP's Rejected Ideas suggest.
# samples/twins/pep828_delegate.py shows the same output on CPython.
import asyncio

async def sleepy_count(number):
    for num in range(number):
        await asyncio.sleep(0)
        result = yield num
        print("  sleepy_count got", result)
    return number

async def counter():
    final_number = yield from sleepy_count(3)
    yield "final " + str(final_number)

class AsAsyncIterator:
    def __init__(self, wrapped):
        self.wrapped = iter(wrapped)

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            return next(self.wrapped)
        except StopIteration:
            raise StopAsyncIteration

async def letters():
    yield from AsAsyncIterator("ab")

async def main():
    ag = counter()
    print("main got", await anext(ag))
    for word in ["one", "two", "three"]:
        print("main got", await ag.asend(word))
    async for value in letters():
        print("letters yielded", value)

asyncio.run(main())
