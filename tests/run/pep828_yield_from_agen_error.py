# yieldc-flags: --pep828=draft
# PEP 828: `yield from` needs a synchronous iterable even inside an async
# generator; given an async generator object it raises
# TypeError: 'async_generator' object is not iterable. Did you mean 'async yield from'?
# (the message of the PEP's reference implementation); `async yield from`
# works on the same object.
import asyncio

async def agen():
    yield "a"
    yield "b"

async def wrong(sub):
    yield "before"
    yield from sub
    yield "not reached"

async def right(sub):
    yield "before"
    async yield from sub
    yield "after"

async def main():
    sub = agen()
    got = []
    try:
        async for v in wrong(sub):
            got.append(v)
    except TypeError as e:
        print("TypeError:", e)
    print("got", got)
    out = []
    async for v in right(sub):
        out.append(v)
    print("the same subgenerator with async yield from:", out)

asyncio.run(main())
