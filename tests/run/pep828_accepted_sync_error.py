# PEP 828 as accepted: `yield from` in an async generator needs an async
# iterable; a list, a range, a string or a sync generator is a TypeError when
# the delegation starts (the message of GET_AITER, which the reference
# implementation compiles `yield from` to there), after the items before it.
import asyncio

def sync_gen():
    yield 1

async def delegates(x):
    yield "before"
    yield from x
    yield "not reached"

async def main():
    for x in [[1, 2], range(3), "ab", sync_gen(), 5]:
        got = []
        try:
            async for v in delegates(x):
                got.append(v)
        except TypeError as e:
            print("TypeError:", e)
        print("got", got)

asyncio.run(main())
