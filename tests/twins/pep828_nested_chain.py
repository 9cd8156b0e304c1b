# Twin of tests/run/pep828_nested_chain.py for CPython 3.11, which has no PEP 828.
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
#   PEP 828: a chain of async generators delegating with `async yield from`
#   three levels deep; each level returns a value to the one above, values
#   sent with asend travel to the innermost level, and the outermost
#   generator's return value comes out as StopAsyncIteration.value.
import asyncio

async def leaf(name, n, ret):
    got = []
    for i in range(n):
        x = yield name + "." + str(i)
        await asyncio.sleep(0)
        if x is not None:
            got.append(x)
    ret.append(got)
    return

async def branch(name, ret):
    # a = async yield from leaf(name + "L", 2)
    _r = []
    _sub = leaf(name + "L", 2, _r)
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
    a = _r[0] if _r else None
    # b = async yield from leaf(name + "R", 1)
    _r = []
    _sub = leaf(name + "R", 1, _r)
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
    b = _r[0] if _r else None
    ret.append(a + b)
    return

async def root(ret):
    # first = async yield from branch("x")
    _r = []
    _sub = branch("x", _r)
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
    first = _r[0] if _r else None
    print("  root: x branch returned", first)
    # second = async yield from branch("y")
    _r = []
    _sub = branch("y", _r)
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
    second = _r[0] if _r else None
    print("  root: y branch returned", second)
    ret.append(len(first) + len(second))
    return

async def main():
    ret = []
    g = root(ret)
    sent = 0
    v = await g.asend(None)
    while True:
        print("got", v)
        sent += 1
        try:
            if sent % 2 == 0:
                v = await g.asend(None)
            else:
                v = await g.asend(sent * 100)
        except StopAsyncIteration:
            print("root returned", ret[0])
            break
    out = []
    async for v in root([]):
        out.append(v)
    print(out)

asyncio.run(main())
