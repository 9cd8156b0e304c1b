# athrow() into an async generator: StopIteration or StopAsyncIteration
# thrown in becomes RuntimeError (PEP 479, PEP 525), whether the generator
# has started or not.  athrow()'s arguments are checked when it is awaited,
# with throw()'s messages, and a bad one leaves the generator as it was.
# (Not tested: awaiting athrow() with no argument, which CPython 3.11
# reports as TypeError but then leaves the generator "already running"
# for good; yieldc leaves it usable.)
import asyncio

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("  agen finally")

async def show(label, a, aw):
    try:
        print(label, "->", await aw)
    except BaseException as e:
        print(label, "->", type(e).__name__ + ":", e, "| cause:", type(e.__cause__).__name__)

async def main():
    await show("not started, StopIteration", agen(), agen().athrow(StopIteration))
    a = agen()
    await show("not started, StopIteration", a, a.athrow(StopIteration))
    a = agen()
    await show("not started, StopAsyncIteration", a, a.athrow(StopAsyncIteration))
    a = agen()
    await show("not started, StopAsyncIteration()", a, a.athrow(StopAsyncIteration()))
    a = agen()
    print("first:", await a.__anext__())
    await show("started, StopAsyncIteration", a, a.athrow(StopAsyncIteration))

    b = agen()
    print("first:", await b.__anext__())
    await show("an int", b, b.athrow(1))
    await show("an instance with a value", b, b.athrow(KeyError("k"), 1))
    await show("a traceback", b, b.athrow(KeyError, None, "tb"))
    print("still usable:", await b.__anext__())
    await show("a class and a value", b, b.athrow(KeyError, "k"))

asyncio.run(main())
