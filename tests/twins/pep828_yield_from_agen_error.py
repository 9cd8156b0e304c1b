# Twin of tests/run/pep828_yield_from_agen_error.py for CPython 3.11.
# Emulation: in the PEP program `yield from sub` calls iter(sub), which
# raises TypeError with the reference implementation's message "...Did you
# mean 'async yield from'?" before anything is yielded or sent to sub; the
# twin raises that TypeError itself at the same point (3.11 cannot even
# compile `yield from` in an async generator). `async yield from sub` in
# right() is plain delegation (nothing sent or thrown), so it becomes
# `async for v in sub: yield v`.
import asyncio

async def agen():
    yield "a"
    yield "b"

async def wrong(sub):
    yield "before"
    raise TypeError("'" + type(sub).__name__ + "' object is not iterable. Did you mean 'async yield from'?")
    yield "not reached"

async def right(sub):
    yield "before"
    async for v in sub:
        yield v
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
