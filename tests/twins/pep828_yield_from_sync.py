# Twin of tests/run/pep828_yield_from_sync.py for CPython 3.11, which has no PEP 828.
# How it emulates the PEP:
# - `x = yield from <sync iterable>` inside an async generator is written
#   out as PEP 380's own expansion (iter(), next()/send(), throw(), close(),
#   StopIteration.value), which is exactly what the PEP keeps unchanged.
# Everything else is the PEP program line for line; its own description:
#
#   PEP 828: `yield from` a synchronous iterable inside an async generator
#   keeps all of PEP 380's delegation: asend values reach the generator's
#   send, athrow reaches its throw, aclose reaches its close, and the value
#   of `yield from` is the generator's return value. Lists, strings and
#   ranges can be delegated to as well.
import asyncio

def averager():
    total = 0
    n = 0
    while True:
        try:
            x = yield (total / n if n else None)
        except ValueError as e:
            print("  averager ignores", e)
            continue
        if x is None:
            return (n, total)
        total += x
        n += 1

def closable():
    try:
        yield "c1"
        yield "c2"
    finally:
        print("  closable finally")

async def outer():
    # yield from [1, 2]
    _sub = iter([1, 2])
    _r = []
    try:
        _y = next(_sub)
    except StopIteration as _stop:
        _r.append(_stop.value)
    else:
        while True:
            try:
                _s = yield _y
            except GeneratorExit:
                if hasattr(_sub, "close"):
                    _sub.close()
                raise
            except BaseException as _e:
                if not hasattr(_sub, "throw"):
                    raise
                try:
                    _y = _sub.throw(_e)
                except StopIteration as _stop:
                    _r.append(_stop.value)
                    break
            else:
                try:
                    if _s is None:
                        _y = next(_sub)
                    else:
                        _y = _sub.send(_s)
                except StopIteration as _stop:
                    _r.append(_stop.value)
                    break
    # yield from "ab"
    _sub = iter("ab")
    _r = []
    try:
        _y = next(_sub)
    except StopIteration as _stop:
        _r.append(_stop.value)
    else:
        while True:
            try:
                _s = yield _y
            except GeneratorExit:
                if hasattr(_sub, "close"):
                    _sub.close()
                raise
            except BaseException as _e:
                if not hasattr(_sub, "throw"):
                    raise
                try:
                    _y = _sub.throw(_e)
                except StopIteration as _stop:
                    _r.append(_stop.value)
                    break
            else:
                try:
                    if _s is None:
                        _y = next(_sub)
                    else:
                        _y = _sub.send(_s)
                except StopIteration as _stop:
                    _r.append(_stop.value)
                    break
    await asyncio.sleep(0)
    # yield from range(3, 5)
    _sub = iter(range(3, 5))
    _r = []
    try:
        _y = next(_sub)
    except StopIteration as _stop:
        _r.append(_stop.value)
    else:
        while True:
            try:
                _s = yield _y
            except GeneratorExit:
                if hasattr(_sub, "close"):
                    _sub.close()
                raise
            except BaseException as _e:
                if not hasattr(_sub, "throw"):
                    raise
                try:
                    _y = _sub.throw(_e)
                except StopIteration as _stop:
                    _r.append(_stop.value)
                    break
            else:
                try:
                    if _s is None:
                        _y = next(_sub)
                    else:
                        _y = _sub.send(_s)
                except StopIteration as _stop:
                    _r.append(_stop.value)
                    break
    # stats = yield from averager()
    _sub = iter(averager())
    _r = []
    try:
        _y = next(_sub)
    except StopIteration as _stop:
        _r.append(_stop.value)
    else:
        while True:
            try:
                _s = yield _y
            except GeneratorExit:
                if hasattr(_sub, "close"):
                    _sub.close()
                raise
            except BaseException as _e:
                if not hasattr(_sub, "throw"):
                    raise
                try:
                    _y = _sub.throw(_e)
                except StopIteration as _stop:
                    _r.append(_stop.value)
                    break
            else:
                try:
                    if _s is None:
                        _y = next(_sub)
                    else:
                        _y = _sub.send(_s)
                except StopIteration as _stop:
                    _r.append(_stop.value)
                    break
    stats = _r[0] if _r else None
    print("  averager returned", stats)
    yield "stats " + str(stats)
    try:
        # yield from closable()
        _sub = iter(closable())
        _r = []
        try:
            _y = next(_sub)
        except StopIteration as _stop:
            _r.append(_stop.value)
        else:
            while True:
                try:
                    _s = yield _y
                except GeneratorExit:
                    if hasattr(_sub, "close"):
                        _sub.close()
                    raise
                except BaseException as _e:
                    if not hasattr(_sub, "throw"):
                        raise
                    try:
                        _y = _sub.throw(_e)
                    except StopIteration as _stop:
                        _r.append(_stop.value)
                        break
                else:
                    try:
                        if _s is None:
                            _y = next(_sub)
                        else:
                            _y = _sub.send(_s)
                    except StopIteration as _stop:
                        _r.append(_stop.value)
                        break
    finally:
        print("  outer finally")

async def main():
    g = outer()
    for i in range(6):
        print(await g.__anext__())
    print(await g.__anext__())
    print(await g.asend(10))
    print(await g.asend(20))
    print(await g.athrow(ValueError("bad sample")))
    print(await g.asend(60))
    print(await g.asend(None))
    print(await g.__anext__())
    await g.aclose()
    print("closed")

asyncio.run(main())
