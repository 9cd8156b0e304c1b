# Twin of tests/run/pep828_ayf_await_inside.py for CPython 3.11, which has no PEP 828.
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
# - `total += async yield from ...` becomes the expansion then
#   `total += value`. The expansion only awaits _sub's own awaitables, so
#   it adds no event-loop turns: the interleaving is the PEP's.
# Everything else is the PEP program line for line; its own description:
#
#   PEP 828: the subgenerator of `async yield from` awaits between its
#   yields; delegation is transparent to the event loop, so a background task
#   interleaves with it at each sleep(0) exactly as if the consumer iterated
#   the subgenerator directly; timed sleeps order by their delays.
import asyncio

async def slow_count(tag, n, ret):
    for i in range(n):
        print("  ", tag, "waits")
        await asyncio.sleep(0)
        yield tag + str(i)
    ret.append(n)
    return

async def delegator(ret):
    total = 0
    # total += async yield from slow_count("a", 2)
    _r = []
    _sub = slow_count("a", 2, _r)
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
    total += (_r[0] if _r else None)
    await asyncio.sleep(0)
    # total += async yield from slow_count("b", 3)
    _r = []
    _sub = slow_count("b", 3, _r)
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
    total += (_r[0] if _r else None)
    ret.append(total)
    return

async def background():
    for i in range(8):
        print("bg", i)
        await asyncio.sleep(0)

async def timed(tag, delay, ret):
    await asyncio.sleep(delay)
    yield tag
    ret.append(delay)
    return

async def race(tag, delay):
    # d = async yield from timed(tag, delay)
    _r = []
    _sub = timed(tag, delay, _r)
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
    d = (_r[0] if _r else None)
    print("  ", tag, "returned", d)

async def collect(agen, out):
    async for v in agen:
        out.append(v)

async def main():
    t = asyncio.create_task(background())
    ret = []
    g = delegator(ret)
    while True:
        try:
            print("main got", await g.__anext__())
        except StopAsyncIteration:
            print("delegator returned", ret[0])
            break
    await t
    out = []
    await asyncio.gather(collect(race("slow", 0.05), out), collect(race("fast", 0.01), out),
                         collect(race("mid", 0.03), out))
    print(out)

asyncio.run(main())
