# Twin of bench/agen_yield_from_chain.py for CPython 3.11, written by tools/pep828_twin.py: `yield from`
# in an async generator is PEP 828's expansion, `return V` in one
# `_agen_return(V); return`; see the tool for how values travel.
# Items pulled through a chain of 50 async generators joined by `yield from`
# (PEP 828 as accepted), beside yield_from_depth500.py's sync chain: the
# cost per item of the async delegation; an item is one value pulled
# through the 50 levels.  CPython 3.11 runs its twin,
# bench/twins/agen_yield_from_chain.py (the PEP's expansion).
import asyncio
# ---- PEP 828 emulation (tools/pep828_twin.py) ----
import sys as _sys
_RETURNED = {}


def _agen_return(value):
    """`return value` in an async generator: remember it for its delegator."""
    _RETURNED[_sys._getframe(1)] = value


async def _agen():
    yield
_AGEN = type(_agen())


def _get_aiter(obj):
    """aiter(EXPR) as the reference implementation's bytecode (GET_AITER)
    does it, with GET_AITER's messages (the builtin aiter() words them
    differently)."""
    if not hasattr(type(obj), "__aiter__"):
        raise TypeError("'async for' requires an object with __aiter__ method, got "
                        + type(obj).__name__)
    it = type(obj).__aiter__(obj)
    if not hasattr(type(it), "__anext__"):
        raise TypeError("'async for' received an object from __aiter__ that does not "
                        "implement __anext__: " + type(it).__name__)
    return it


def _unraisable(obj):
    """The reference implementation (as PEP 380's close) reports an error
    getting aclose as unraisable and goes on without it."""
    print("Exception ignored in:", repr(obj), file=_sys.stderr)


def _stop_value(stop, frame):
    """PEP 828's StopAsyncIteration.value."""
    if frame is not None and frame in _RETURNED:
        return _RETURNED.pop(frame)
    return stop.args[0] if stop.args else None
# ---- end of the emulation ----
import sys


async def leaf(n):
    for i in range(n):
        yield i


async def link(depth, n):
    if depth == 0:
        # yield from leaf(n)  (PEP 828's expansion)
        _aiterator = _get_aiter(leaf(n))
        _frame = _aiterator.ag_frame if type(_aiterator) is _AGEN else None
        try:
            _item = await anext(_aiterator)
        except StopAsyncIteration as _stop:
            _result = _stop_value(_stop, _frame)
        else:
            while True:
                _gen_exit = None
                try:
                    _received = yield _item
                except GeneratorExit as _caught:
                    _gen_exit = _caught
                except BaseException as _exception:
                    try:
                        _athrow = _aiterator.athrow
                    except AttributeError:
                        raise _exception from None
                    else:
                        try:
                            _item = await _athrow(_exception)
                        except StopAsyncIteration as _stop:
                            _result = _stop_value(_stop, _frame)
                            break
                else:
                    try:
                        if _received is None:
                            _item = await anext(_aiterator)
                        else:
                            _item = await _aiterator.asend(_received)
                    except StopAsyncIteration as _stop:
                        _result = _stop_value(_stop, _frame)
                        break
                if _gen_exit is not None:
                    try:
                        _aclose = _aiterator.aclose
                    except AttributeError:
                        pass
                    except Exception:
                        _unraisable(_aiterator)
                    else:
                        await _aclose()
                    raise _gen_exit
    else:
        # yield from link(depth - 1, n)  (PEP 828's expansion)
        _aiterator = _get_aiter(link(depth - 1, n))
        _frame = _aiterator.ag_frame if type(_aiterator) is _AGEN else None
        try:
            _item = await anext(_aiterator)
        except StopAsyncIteration as _stop:
            _result = _stop_value(_stop, _frame)
        else:
            while True:
                _gen_exit = None
                try:
                    _received = yield _item
                except GeneratorExit as _caught:
                    _gen_exit = _caught
                except BaseException as _exception:
                    try:
                        _athrow = _aiterator.athrow
                    except AttributeError:
                        raise _exception from None
                    else:
                        try:
                            _item = await _athrow(_exception)
                        except StopAsyncIteration as _stop:
                            _result = _stop_value(_stop, _frame)
                            break
                else:
                    try:
                        if _received is None:
                            _item = await anext(_aiterator)
                        else:
                            _item = await _aiterator.asend(_received)
                    except StopAsyncIteration as _stop:
                        _result = _stop_value(_stop, _frame)
                        break
                if _gen_exit is not None:
                    try:
                        _aclose = _aiterator.aclose
                    except AttributeError:
                        pass
                    except Exception:
                        _unraisable(_aiterator)
                    else:
                        await _aclose()
                    raise _gen_exit


async def main(n):
    total = 0
    async for v in link(50, n):
        total += v
    print(total)


asyncio.run(main(int(sys.argv[1])))
