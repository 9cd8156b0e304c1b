# Twin of run/pep828_ref_delegation.py for CPython 3.11, written by tools/pep828_twin.py: `yield from`
# in an async generator is PEP 828's expansion, `return V` in one
# `_agen_return(V); return`; see the tool for how values travel.
# PEP 828 as accepted, the reference implementation's parity tests with PEP
# 380 (CPython PR #155127, Lib/test/test_yield_from_async.py,
# TestPEP828Operation), first part: anext/asend/athrow/aclose delegated to
# an async generator, exceptions at each step, return values.  Each
# scenario prints its event log; the lines encode the test's expectations.
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

log = []

def show(title):
    print(title)
    for line in log:
        print("  ", line)
    log.clear()

# delegation of the first anext()
async def initial_outer():
    log.append("outer begins")
    # yield from initial_inner()  (PEP 828's expansion)
    _aiterator = _get_aiter(initial_inner())
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
    log.append("outer ends")

async def initial_inner():
    log.append("inner begins")
    yield 42
    log.append("inner ends")

# an exception in the first anext()
async def boom_outer():
    try:
        log.append("outer begins")
        # yield from boom_inner()  (PEP 828's expansion)
        _aiterator = _get_aiter(boom_inner())
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
    finally:
        log.append("outer finally")

async def boom_inner():
    try:
        log.append("inner begins")
        raise ValueError("boom at start")
        yield "never"
    finally:
        log.append("inner finally")

# delegation of later anext() calls
async def two_level():
    log.append("outer begins")
    yield "outer 1"
    # yield from two_inner()  (PEP 828's expansion)
    _aiterator = _get_aiter(two_inner())
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
    yield "outer 2"
    log.append("outer ends")

async def two_inner():
    log.append("inner begins")
    yield "inner 1"
    yield "inner 2"
    log.append("inner ends")

# an exception in a later anext()
async def later_outer():
    try:
        yield "outer 1"
        # yield from later_inner()  (PEP 828's expansion)
        _aiterator = _get_aiter(later_inner())
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
        yield "outer 2"
    finally:
        log.append("outer finally")

async def later_inner():
    try:
        yield "inner 1"
        raise ValueError("boom later")
    finally:
        log.append("inner finally")

# delegation of asend()
async def send_outer():
    x = yield "outer 1"
    log.append("outer got " + str(x))
    # yield from send_inner()  (PEP 828's expansion)
    _aiterator = _get_aiter(send_inner())
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
    x = yield "outer 2"
    log.append("outer got " + str(x))

async def send_inner():
    x = yield "inner 1"
    log.append("inner got " + str(x))
    x = yield "inner 2"
    log.append("inner got " + str(x))

async def send_boom_inner():
    x = yield "inner 1"
    log.append("inner got " + str(x))
    raise ValueError("boom on send")

async def send_boom_outer():
    yield "outer 1"
    # yield from send_boom_inner()  (PEP 828's expansion)
    _aiterator = _get_aiter(send_boom_inner())
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
    yield "outer 2"

# delegation of aclose(), also when the inner finally raises
async def close_outer(bad):
    try:
        yield "outer 1"
        # yield from close_inner(bad)  (PEP 828's expansion)
        _aiterator = _get_aiter(close_inner(bad))
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
        yield "outer 2"
    finally:
        log.append("outer finally")

async def close_inner(bad):
    try:
        yield "inner 1"
        yield "inner 2"
    finally:
        log.append("inner finally")
        if bad:
            raise ValueError("boom in finally")

# return values: None, an int, a tuple, an exception object
async def valued(v):
    log.append("valued begins")
    yield "v1"
    yield "v2"
    log.append("valued ends")
    if v:
        _agen_return(v)
        return

async def collect_values():
    yield "first"
    # r = yield from valued(None)  (PEP 828's expansion)
    _aiterator = _get_aiter(valued(None))
    _frame = _aiterator.ag_frame if type(_aiterator) is _AGEN else None
    try:
        _item = await anext(_aiterator)
    except StopAsyncIteration as _stop:
        r = _stop_value(_stop, _frame)
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
                        r = _stop_value(_stop, _frame)
                        break
            else:
                try:
                    if _received is None:
                        _item = await anext(_aiterator)
                    else:
                        _item = await _aiterator.asend(_received)
                except StopAsyncIteration as _stop:
                    r = _stop_value(_stop, _frame)
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
    log.append("got " + repr(r))
    for v in [7, (8,), StopAsyncIteration(9)]:
        # r = yield from valued(v)  (PEP 828's expansion)
        _aiterator = _get_aiter(valued(v))
        _frame = _aiterator.ag_frame if type(_aiterator) is _AGEN else None
        try:
            _item = await anext(_aiterator)
        except StopAsyncIteration as _stop:
            r = _stop_value(_stop, _frame)
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
                            r = _stop_value(_stop, _frame)
                            break
                else:
                    try:
                        if _received is None:
                            _item = await anext(_aiterator)
                        else:
                            _item = await _aiterator.asend(_received)
                    except StopAsyncIteration as _stop:
                        r = _stop_value(_stop, _frame)
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
        log.append("got " + repr(r))
    yield "last"

# a value that only the exception holds
async def fresh():
    yield "f"
    _agen_return(["only", "ref"])
    return

async def holder():
    # r = yield from fresh()  (PEP 828's expansion)
    _aiterator = _get_aiter(fresh())
    _frame = _aiterator.ag_frame if type(_aiterator) is _AGEN else None
    try:
        _item = await anext(_aiterator)
    except StopAsyncIteration as _stop:
        r = _stop_value(_stop, _frame)
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
                        r = _stop_value(_stop, _frame)
                        break
            else:
                try:
                    if _received is None:
                        _item = await anext(_aiterator)
                    else:
                        _item = await _aiterator.asend(_received)
                except StopAsyncIteration as _stop:
                    r = _stop_value(_stop, _frame)
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
    log.append("fresh gave " + repr(r))

# athrow() delegated: the inner generator catches it and goes on
class Lunch(Exception):
    pass

async def lunch_outer():
    try:
        yield "outer 1"
        # yield from lunch_inner()  (PEP 828's expansion)
        _aiterator = _get_aiter(lunch_inner())
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
        yield "outer 2"
    finally:
        log.append("outer finally")

async def lunch_inner():
    try:
        yield "inner 1"
        yield "inner 2"
    except Lunch:
        log.append("inner caught Lunch")
        yield "inner saved"
        yield "inner 3"

# 1/0 in the first anext of the inner generator
async def div_outer():
    log.append("outer about to delegate")
    # yield from div_inner()  (PEP 828's expansion)
    _aiterator = _get_aiter(div_inner())
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
    log.append("not reached")

async def div_inner():
    yield 1 // 0

async def main():
    async for x in initial_outer():
        log.append("item " + str(x))
    show("initial anext:")

    try:
        async for x in boom_outer():
            log.append("item " + str(x))
    except ValueError as e:
        log.append("ValueError " + str(e))
    show("exception in the first anext:")

    async for x in two_level():
        log.append("item " + str(x))
    show("later anext:")

    try:
        async for x in later_outer():
            log.append("item " + str(x))
    except ValueError as e:
        log.append("ValueError " + str(e))
    show("exception in a later anext:")

    g = send_outer()
    await anext(g)
    n = 1
    try:
        while True:
            y = await g.asend(n)
            log.append("item " + str(y))
            n += 1
    except StopAsyncIteration:
        log.append("done")
    show("asend:")

    g = send_boom_outer()
    await anext(g)
    try:
        y = await g.asend("a")
        log.append("item " + str(y))
        await g.asend("b")
    except ValueError as e:
        log.append("ValueError " + str(e))
    show("exception while delegating asend:")

    for bad in [False, True]:
        g = close_outer(bad)
        log.append("item " + await anext(g))
        log.append("item " + await anext(g))
        try:
            await g.aclose()
            log.append("closed")
        except ValueError as e:
            log.append("ValueError " + str(e) + ", context " + type(e.__context__).__name__)
        show("aclose (finally raises: " + str(bad) + "):")

    g = close_outer(False)
    await anext(g)
    await anext(g)
    try:
        await g.athrow(ValueError("thrown in"))
    except ValueError as e:
        log.append("ValueError " + str(e))
    show("athrow:")

    async for x in collect_values():
        log.append("item " + str(x))
    show("return values:")

    out = [x async for x in holder()]
    log.append(repr(out))
    show("a return value only the exception holds:")

    g = lunch_outer()
    log.append("item " + await anext(g))
    log.append("item " + await anext(g))
    log.append("athrow gave " + await g.athrow(Lunch("no lunch")))
    async for x in g:
        log.append("item " + x)
    show("value from a delegated athrow:")

    try:
        await anext(div_outer())
    except ZeroDivisionError as e:
        log.append("ZeroDivisionError " + str(e))
    show("exception in the inner first anext:")

asyncio.run(main())
