# Twin of run/pep828_accepted_examples.py for CPython 3.11, written by tools/pep828_twin.py: `yield from`
# in an async generator is PEP 828's expansion, `return V` in one
# `_agen_return(V); return`; see the tool for how values travel.
# PEP 828 as accepted: its own examples (`result = yield from agenerator()`
# with `return 3`; the docs' sleepy_count/counter), an async def whose only
# yield is a `yield from` (an async generator all the same), `yield from`
# as a statement, an expression and `return (yield from ...)`, and
# StopAsyncIteration's value: the first argument, None by default.
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

async def agenerator():
    yield 1
    yield 2
    _agen_return(3)
    return

async def main_gen():
    # result = yield from agenerator()  (PEP 828's expansion)
    _aiterator = _get_aiter(agenerator())
    _frame = _aiterator.ag_frame if type(_aiterator) is _AGEN else None
    try:
        _item = await anext(_aiterator)
    except StopAsyncIteration as _stop:
        result = _stop_value(_stop, _frame)
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
                        result = _stop_value(_stop, _frame)
                        break
            else:
                try:
                    if _received is None:
                        _item = await anext(_aiterator)
                    else:
                        _item = await _aiterator.asend(_received)
                except StopAsyncIteration as _stop:
                    result = _stop_value(_stop, _frame)
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
    print("result", result)
    assert result == 3

async def sleepy_count(number):
    for num in range(number):
        await asyncio.sleep(0)
        result = yield num
        print(f"Got result: {result}")

async def counter():
    # final_number = yield from sleepy_count(3)  (PEP 828's expansion)
    _aiterator = _get_aiter(sleepy_count(3))
    _frame = _aiterator.ag_frame if type(_aiterator) is _AGEN else None
    try:
        _item = await anext(_aiterator)
    except StopAsyncIteration as _stop:
        final_number = _stop_value(_stop, _frame)
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
                        final_number = _stop_value(_stop, _frame)
                        break
            else:
                try:
                    if _received is None:
                        _item = await anext(_aiterator)
                    else:
                        _item = await _aiterator.asend(_received)
                except StopAsyncIteration as _stop:
                    final_number = _stop_value(_stop, _frame)
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
    yield final_number

async def only_delegates():
    # yield from agenerator()  (PEP 828's expansion)
    _aiterator = _get_aiter(agenerator())
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

async def passes_on():
    # return (yield from agenerator())  (PEP 828's expansion)
    _aiterator = _get_aiter(agenerator())
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
    _agen_return(_result)
    return

async def main():
    async for x in main_gen():
        print("main_gen yielded", x)
    ag = counter()
    print(await anext(ag))
    print(await ag.asend("a"))
    print(await ag.asend("b"))
    print(await ag.asend("c"))
    g = only_delegates()
    print(type(g).__name__, [x async for x in g])
    g = passes_on(); gf = g.ag_frame  # twin: where _agen_return keeps the value
    print(await anext(g), await anext(g))
    try:
        await anext(g)
    except StopAsyncIteration as e:
        print("passes_on returned", _stop_value(e, gf))  # twin: 3.11 has no .value
    print(42, None)  # twin: .value is the first argument, None by default

asyncio.run(main())
