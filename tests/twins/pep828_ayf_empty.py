# Twin of tests/run/pep828_ayf_empty.py for CPython 3.11, which has no PEP 828.
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
# - The two expressions that embed `async yield from` are split: the
#   expansion stores the value in _t/_p/_q, then the original expression
#   uses it (left to right, as Python evaluates it). An exhausted
#   subgenerator gets a fresh empty holder, so its value is None, as
#   StopAsyncIteration.value is on every call after the first.
# Everything else is the PEP program line for line; its own description:
#
#   PEP 828: `async yield from` a subgenerator that returns without yielding
#   (the expression's value is its return value and nothing is yielded), one
#   that ends without a value (None), an already exhausted one (None), and
#   `async yield from` used inside a larger expression.
import asyncio

async def no_yield(v, ret):
    if v is None:
        return
    await asyncio.sleep(0)
    ret.append(v)
    return
    yield "never"

async def one_then(v, ret):
    yield "one"
    ret.append(v)
    return

async def runner(ret):
    # a = async yield from no_yield(5)
    _r = []
    _sub = no_yield(5, _r)
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
    a = (_r[0] if _r else None)
    print("  no yield returned", a)
    # b = async yield from no_yield(None)
    _r = []
    _sub = no_yield(None, _r)
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
    b = (_r[0] if _r else None)
    print("  bare return gave", b)
    done = one_then("x", [])
    async for v in done:
        print("  consumed", v)
    # c = async yield from done
    _r = []
    _sub = done
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
    c = (_r[0] if _r else None)
    print("  exhausted gave", c)
    # d = (async yield from one_then(20)) * 2
    _r = []
    _sub = one_then(20, _r)
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
    _t = (_r[0] if _r else None)
    d = _t * 2
    print("  doubled", d)
    # items = [(async yield from one_then("p")), (async yield from one_then("q"))]
    _r = []
    _sub = one_then("p", _r)
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
    _p = (_r[0] if _r else None)
    _r = []
    _sub = one_then("q", _r)
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
    _q = (_r[0] if _r else None)
    items = [_p, _q]
    print("  items", items)
    ret.append("runner done")
    return

async def main():
    ret = []
    g = runner(ret)
    while True:
        try:
            print("yielded", await g.__anext__())
        except StopAsyncIteration:
            print("returned", ret[0])
            break

asyncio.run(main())
