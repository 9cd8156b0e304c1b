# Twin of tests/run/pep828_aclose_forward.py for CPython 3.11, which has no PEP 828.
# How it emulates the PEP:
# - Each `x = async yield from sub(...)` is written out as PEP 380's
#   expansion with the async methods (marked by a comment holding the
#   original line): prime with `await _sub.asend(None)`, yield each value
#   out, forward a value sent to the outer generator with
#   `await _sub.asend(s)`, an exception thrown in with `await _sub.athrow(e)`,
#   and GeneratorExit (aclose) with `await _sub.aclose()` followed by a
#   re-raise, so the inner generator sees everything first and its finally
#   runs before the outer one's; StopAsyncIteration ends the delegation.
# - When the outer generator is abandoned by break, the event loop's
#   finalizer hook schedules its aclose() as a task, as it would for the
#   PEP program; the GeneratorExit then reaches the expansion, which
#   awaits the inner aclose() first.
# Everything else is the PEP program line for line; its own description:
#
#   PEP 828: aclose() on the outer async generator while it is delegating
#   with `async yield from` closes the subgenerator first (its finally runs,
#   and may await), then GeneratorExit reaches the outer generator, whose
#   finally runs second. The same happens when the outer generator is
#   abandoned by break and finalized by the event loop.
import asyncio

async def inner(tag):
    try:
        for i in range(10):
            yield tag + str(i)
    finally:
        print("  inner finally", tag)
        await asyncio.sleep(0)
        print("  inner finally done", tag)

async def outer(tag):
    try:
        yield "outer start"
        # async yield from inner(tag)
        _r = []
        _sub = inner(tag)
        try:
            _y = await _sub.asend(None)
        except StopAsyncIteration:
            pass
        else:
            while True:
                try:
                    _s = yield _y
                except GeneratorExit:
                    await _sub.aclose()
                    raise
                except BaseException as _e:
                    try:
                        _y = await _sub.athrow(_e)
                    except StopAsyncIteration:
                        break
                else:
                    try:
                        _y = await _sub.asend(_s)
                    except StopAsyncIteration:
                        break
        yield "outer unreachable"
    except GeneratorExit:
        print("  outer sees GeneratorExit")
        raise
    finally:
        print("  outer finally", tag)

async def two_levels():
    try:
        # async yield from outer("deep")
        _r = []
        _sub = outer("deep")
        try:
            _y = await _sub.asend(None)
        except StopAsyncIteration:
            pass
        else:
            while True:
                try:
                    _s = yield _y
                except GeneratorExit:
                    await _sub.aclose()
                    raise
                except BaseException as _e:
                    try:
                        _y = await _sub.athrow(_e)
                    except StopAsyncIteration:
                        break
                else:
                    try:
                        _y = await _sub.asend(_s)
                    except StopAsyncIteration:
                        break
    finally:
        print("  two_levels finally")

async def ticker(n):
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0)

async def main():
    g = outer("a")
    print(await g.__anext__())
    print(await g.__anext__())
    print(await g.__anext__())
    await g.aclose()
    print("closed")
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    h = two_levels()
    print(await h.__anext__())
    print(await h.__anext__())
    await h.aclose()
    print("closed two levels")
    async for v in outer("b"):
        print("loop got", v)
        if v == "b1":
            break
    print("after break")
    await ticker(5)

asyncio.run(main())
