# Twin of tests/run/pep828_athrow_forward.py for CPython 3.11, which has no PEP 828.
# How it emulates the PEP:
# - Each `x = async yield from sub(...)` is written out as PEP 380's
#   expansion with the async methods (marked by a comment holding the
#   original line): prime with `await _sub.asend(None)`, yield each value
#   out, forward a value sent to the outer generator with
#   `await _sub.asend(s)`, an exception thrown in with `await _sub.athrow(e)`,
#   and GeneratorExit (aclose) with `await _sub.aclose()` followed by a
#   re-raise, so the inner generator sees everything first and its finally
#   runs before the outer one's; StopAsyncIteration ends the delegation.
# - `return v` in an async generator (a SyntaxError in 3.11) becomes
#   `ret.append(v); return`, `ret` being a holder list passed as an extra
#   last argument; the value of `async yield from` is read from the holder
#   the delegator passed (None when it stays empty), and where the PEP
#   program prints StopAsyncIteration's .value the twin prints the holder.
# Everything else is the PEP program line for line; its own description:
#
#   PEP 828: athrow() on the outer async generator is forwarded to the
#   subgenerator of `async yield from`, which sees the exception first. If
#   the inner generator handles it, its next yield is athrow's result; if it
#   does not, the exception comes out of `async yield from` in the outer
#   generator, which may handle it in turn; an inner generator that returns
#   while handling it ends the delegation with its return value.
import asyncio

class E(Exception):
    pass

class Skip(E):
    pass

class Abort(E):
    pass

class Finish(E):
    pass

async def inner(ret):
    i = 0
    while True:
        try:
            yield "inner " + str(i)
        except Skip as e:
            print("  inner skips:", e)
            await asyncio.sleep(0)
        except Finish:
            print("  inner finishing")
            ret.append("inner stopped at " + str(i))
            return
        i += 1

async def outer():
    try:
        # r = async yield from inner()
        _r = []
        _sub = inner(_r)
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
        r = _r[0] if _r else None
        print("  outer got", r)
    except Abort as e:
        print("  outer caught", repr(e))
        yield "outer recovered"
    yield "outer continues"
    # r = async yield from inner()
    _r = []
    _sub = inner(_r)
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
    r = _r[0] if _r else None
    print("  outer got", r)
    yield "outer end"

async def main():
    g = outer()
    print(await g.__anext__())
    print(await g.athrow(Skip("one")))
    print(await g.__anext__())
    print(await g.athrow(Abort("stop inner")))
    print(await g.__anext__())
    print(await g.__anext__())
    print(await g.athrow(Skip))
    print(await g.athrow(Finish()))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("outer exhausted")
    g2 = outer()
    print(await g2.__anext__())
    try:
        await g2.athrow(KeyError("unhandled"))
    except KeyError as e:
        print("KeyError came out of athrow:", e)
    try:
        await g2.__anext__()
    except StopAsyncIteration:
        print("g2 exhausted")

asyncio.run(main())
