# Twin of run/pep828_ref_edge_cases.py for CPython 3.11, written by tools/pep828_twin.py: `yield from`
# in an async generator is PEP 828's expansion, `return V` in one
# `_agen_return(V); return`; see the tool for how values travel.
# PEP 828 as accepted, the reference implementation's edge cases (CPython
# PR #155127, TestInterestingEdgeCases and TestPEP828Extras, and the rest
# of TestPEP828Operation): aclose() and athrow() of GeneratorExit,
# StopAsyncIteration, BaseException and Exception into `return (yield from
# inner())` while inner returns, raises each of them from a finally, yields
# from a finally or swallows everything; the __context__ chain of each; that
# the generator is finished afterwards (StopAsyncIteration with value None
# and no context); StopAsyncIteration raised in the body; the repr of the
# StopAsyncIteration that ends anext() and asend().
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

FIRST = "first"
SECOND = "second"
RETURNED = "returned"

def describe(e, thrown, raised):
    # what the exception is, and its __context__ chain, by identity
    def name(x):
        if x is None:
            return "None"
        if x is thrown:
            return "thrown"
        if x is raised:
            return "raised"
        return type(x).__name__
    parts = []
    x = e
    for i in range(4):
        parts.append(name(x))
        if x is None:
            break
        x = x.__context__
    return " <- ".join(parts)

async def finished(g):
    try:
        await anext(g)
        return "not finished"
    except StopAsyncIteration as e:
        return "finished, value " + repr(_stop_value(e, None)) + ", context " + repr(e.__context__)  # twin: 3.11 has no .value

async def plain_inner():
    yield FIRST
    yield SECOND
    _agen_return(RETURNED)
    return

async def raising_inner(raised):
    try:
        yield FIRST
        yield SECOND
        _agen_return(RETURNED)
        return
    finally:
        raise raised

async def yielding_inner():
    try:
        yield FIRST
    finally:
        yield SECOND
    _agen_return(RETURNED)
    return

async def swallowing_inner():
    try:
        yield FIRST
        yield SECOND
    except:
        pass
    _agen_return(RETURNED)
    return

async def outer(inner):
    # return (yield from inner)  (PEP 828's expansion)
    _aiterator = _get_aiter(inner)
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

def make_thrown(kind):
    return {"GeneratorExit": GeneratorExit, "StopAsyncIteration": StopAsyncIteration,
            "BaseException": BaseException, "Exception": Exception}[kind]()

KINDS = ["GeneratorExit", "StopAsyncIteration", "BaseException", "Exception"]

async def scenario(label, make_inner, raised_kind):
    print(label)
    for op in ["aclose"] + ["athrow " + k for k in KINDS]:
        raised = make_thrown(raised_kind) if raised_kind else None
        inner = make_inner(raised) if raised_kind else make_inner()
        g = outer(inner); gf = g.ag_frame  # twin: where _agen_return keeps the value
        first = await anext(g)
        thrown = None
        try:
            if op == "aclose":
                r = await g.aclose()
                what = "aclose returned " + repr(r)
            else:
                thrown = make_thrown(op.split()[1])
                r = await g.athrow(thrown)
                what = "athrow returned " + repr(r)
                if r == SECOND:
                    # the inner generator yielded from its finally
                    try:
                        await anext(g)
                        what += "; anext returned"
                    except BaseException as e:
                        what += "; anext raised " + type(e).__name__ + ": " + str(e) + " [" + describe(e, thrown, raised) + "]"
        except BaseException as e:
            if isinstance(e, StopAsyncIteration):
                what = "raised StopAsyncIteration [" + describe(e, thrown, raised) + "] value " + repr(_stop_value(e, gf))  # twin: 3.11 has no .value
            else:
                what = "raised " + type(e).__name__ + ": " + str(e) + " [" + describe(e, thrown, raised) + "]"
        print("  ", first, op + ":", what + ";", await finished(g))

# the reference's "extras": a thrown class, a different exception raised
async def extras():
    raised = RuntimeError()
    g = outer(raising_inner(raised))
    await anext(g)
    try:
        await g.athrow(KeyError)
    except RuntimeError as e:
        print("athrow(KeyError), finally raises RuntimeError: same", e is raised)

# StopAsyncIteration raised in the body of an async generator
async def raises_stop():
    yield 1
    raise StopAsyncIteration("inside")

async def delegates_to_raiser():
    # yield from raises_stop()  (PEP 828's expansion)
    _aiterator = _get_aiter(raises_stop())
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

# catching what is thrown into the inner generator, then returning
async def catcher(value):
    try:
        yield 1
    except ValueError:
        print("   inner caught ValueError")
    _agen_return(value)
    return

async def catch_outer(value):
    # v = yield from catcher(value)  (PEP 828's expansion)
    _aiterator = _get_aiter(catcher(value))
    _frame = _aiterator.ag_frame if type(_aiterator) is _AGEN else None
    try:
        _item = await anext(_aiterator)
    except StopAsyncIteration as _stop:
        v = _stop_value(_stop, _frame)
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
                        v = _stop_value(_stop, _frame)
                        break
            else:
                try:
                    if _received is None:
                        _item = await anext(_aiterator)
                    else:
                        _item = await _aiterator.asend(_received)
                except StopAsyncIteration as _stop:
                    v = _stop_value(_stop, _frame)
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
    print("   inner returned", repr(v))
    yield v

# GeneratorExit thrown into an inner generator that returns, yields, raises
async def ge_inner(how):
    try:
        print("   enter inner")
        yield
        print("   not reached")
    except GeneratorExit:
        if how == "returns":
            return
        if how == "yields":
            yield
        raise ValueError("raised on GeneratorExit")

async def ge_outer(how):
    print("   enter outer")
    # yield from ge_inner(how)  (PEP 828's expansion)
    _aiterator = _get_aiter(ge_inner(how))
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
    print("   not reached")

# anext/asend at a `return None` or `return v`
async def returning(r):
    print("   returning starts")
    x = yield
    print("   returning got", repr(x), "and returns", repr(r))
    _agen_return(r)
    return

# __aiter__ written as an async generator function: aiter() gives that
# generator, whose body runs at the first anext
class Silly:
    async def __aiter__(self):
        # yield from Wrapped(())  (PEP 828's expansion)
        _aiterator = _get_aiter(Wrapped(()))
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
        raise RuntimeError("raised in __aiter__'s body")

class Wrapped:
    def __init__(self, items):
        self.it = iter(items)

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            return next(self.it)
        except StopIteration:
            raise StopAsyncIteration

async def over_silly():
    # yield from Silly()  (PEP 828's expansion)
    _aiterator = _get_aiter(Silly())
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

async def main():
    await scenario("inner returns:", plain_inner, None)
    for kind in KINDS:
        await scenario("inner's finally raises " + kind + ":", raising_inner, kind)
    await scenario("inner yields in its finally:", yielding_inner, None)
    await scenario("inner swallows everything:", swallowing_inner, None)
    await extras()

    g = delegates_to_raiser()
    print("StopAsyncIteration in the body:", await anext(g))
    try:
        await anext(g)
    except RuntimeError as e:
        print("  RuntimeError:", e, "| cause", repr(e.__cause__))

    print("catching and returning:")
    for value in [2, (2,), StopAsyncIteration(2)]:
        g = catch_outer(value)
        print("  ", await anext(g))
        print("  ", repr(await g.athrow(ValueError)))

    for how in ["returns", "yields", "raises"]:
        print("GeneratorExit thrown, inner", how + ":")
        g = ge_outer(how)
        await anext(g)
        try:
            await g.athrow(GeneratorExit)
        except BaseException as e:
            print("  ", type(e).__name__ + ":", e, "| context", type(e.__context__).__name__)

    print("the end of anext and asend:")
    for r in [None, 1, (2,), StopAsyncIteration(3)]:
        for op in ["anext", "asend"]:
            g = returning(r); gf = g.ag_frame  # twin: where _agen_return keeps the value
            await anext(g)
            try:
                if op == "anext":
                    await anext(g)
                else:
                    await g.asend("spam")
            except StopAsyncIteration as e:
                v = _stop_value(e, gf)  # twin: PEP 828: StopAsyncIteration() through anext, (value) through asend
                print("  ", op, "raised", "StopAsyncIteration()" if v is None and op == "anext" else "StopAsyncIteration(%r)" % (v,))

    e = StopAsyncIteration()
    print("StopAsyncIteration():", repr(str(e)), e.args[0] if e.args else None)  # twin: .value is the first argument, None by default
    e = StopAsyncIteration("spam")
    print("StopAsyncIteration('spam'):", str(e), e.args[0] if e.args else None)  # twin: .value is the first argument
    e.value = "eggs"
    print("after e.value = 'eggs':", str(e), e.value)

    try:
        await anext(over_silly())
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
