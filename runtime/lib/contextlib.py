"""contextlib: yieldc's own implementation of the contextlib module, in Python.

yieldc compiles this file with the program that imports it (runtime/lib is
the library directory).  It is written for yieldc, not taken from CPython's
Lib, which was read to match its behaviour.

What it implements: contextmanager and asynccontextmanager (a generator or
async generator drives the with statement, with CPython 3.11's handling of
exceptions thrown into the generator: an exception the generator lets
through propagates as itself, one it catches and does not re-raise is
suppressed, StopIteration raised in the body and turned into
RuntimeError by PEP 479 propagates as the StopIteration, and the
RuntimeErrors "generator didn't yield", "generator didn't stop" and
"generator didn't stop after throw()"/"... athrow()"); the context
managers they make also work as decorators (ContextDecorator,
AsyncContextDecorator), each call with a fresh generator; closing,
aclosing, suppress, nullcontext (also as an async context manager),
ExitStack and AsyncExitStack (enter_context, enter_async_context, push,
push_async_exit, callback, push_async_callback, pop_all, close, aclose,
with CPython's rewriting of __context__ so that the exceptions chain as in
nested with statements).

Left out: AbstractContextManager and AbstractAsyncContextManager (their
isinstance checks by structure need __subclasshook__ and abstract methods,
which yieldc classes lack), redirect_stdout, redirect_stderr and chdir
(no sys and os modules yet).

Differences from CPython:
- The function contextmanager() returns (and one decorated by a context
  manager) gets the decorated function's __module__, __name__,
  __qualname__, __doc__ and __wrapped__, but no __annotations__ (yieldc's
  functions have none until one is assigned).  (This module does not import
  functools: _copy_wrapper_attrs is functools' update_wrapper in small.)
- The generator is thrown the exception alone, gen.throw(value), not
  gen.throw(type, value, traceback): the value already carries that
  traceback (yieldc's throw() accepts no traceback object).
- ExitStack finds the exception being handled (CPython's
  sys.exc_info()) as the __context__ of an exception it raises and
  catches, since yieldc has no sys module yet.
- enter_context's TypeError names a builtin type "builtins.NAME", whatever
  module CPython's type comes from (yieldc's builtin types have no
  __module__).
"""


def _function_type_probe():
    pass


_function_type = type(_function_type_probe)


def _copy_wrapper_attrs(wrapper, wrapped):
    """functools.update_wrapper in small: copies what wrapper will take
    (a function refusing an attribute is passed over)."""
    for attr in ('__module__', '__name__', '__qualname__', '__doc__',
                 '__annotations__', '__wrapped__'):
        if attr == '__wrapped__':
            value = wrapped
        else:
            try:
                value = getattr(wrapped, attr)
            except AttributeError:
                continue
        try:
            setattr(wrapper, attr, value)
        except AttributeError:
            if type(wrapper) is not _function_type:
                raise
    return wrapper


class _ProbeError(Exception):
    pass


def _handled_exception():
    """The exception being handled by the caller (sys.exc_info()[1]), or
    None: the context a new exception gets."""
    try:
        raise _ProbeError()
    except _ProbeError as probe:
        return probe.__context__


class ContextDecorator:
    """A base class or mixin that enables context managers to work as
    decorators."""

    def _recreate_cm(self):
        """The context manager for one call of the decorated function:
        self, unless a subclass makes a fresh one each time."""
        return self

    def __call__(self, func):
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return _copy_wrapper_attrs(inner, func)


class AsyncContextDecorator:
    """A base class or mixin that enables async context managers to work as
    decorators."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return _copy_wrapper_attrs(inner, func)


class _GeneratorContextManagerBase:
    """Shared functionality for @contextmanager and @asynccontextmanager."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func = func
        self.args = args
        self.kwds = kwds
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # Each use as a decorator calls the generator function anew.
        return self.__class__(self.func, self.args, self.kwds)


class _GeneratorContextManager(_GeneratorContextManagerBase, ContextDecorator):
    """Helper for @contextmanager decorator."""

    def __enter__(self):
        # The arguments are only needed to recreate the manager, which a
        # manager used in a with statement never is.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            # An exception given as a type alone (a caller of __exit__, not
            # the with statement).
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # The generator caught it and finished: suppress it, unless the
            # exception was this StopIteration itself.
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                exc.__traceback__ = traceback
                return False
            # PEP 479 turned a StopIteration (or subclass) raised in the
            # body into a RuntimeError: let the original propagate.
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            # The generator re-raised the exception (propagate it, with the
            # traceback it had), or raised another one.
            if exc is not value:
                raise
            exc.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after throw()")


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase, AsyncContextDecorator):
    """Helper for @asynccontextmanager decorator."""

    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(value)
        except StopAsyncIteration as exc:
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                exc.__traceback__ = traceback
                return False
            if isinstance(value, (StopIteration, StopAsyncIteration)) and exc.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            exc.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after athrow()")


def contextmanager(func):
    """@contextmanager decorator: the generator function func, which yields
    once, becomes a function returning a context manager.  The code before
    the yield runs on entering the with statement, the yielded value is
    its `as` target, and the code after it runs on leaving (an exception in
    the body is raised at the yield)."""
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return _copy_wrapper_attrs(helper, func)


def asynccontextmanager(func):
    """@asynccontextmanager decorator: as contextmanager, for an async
    generator function and `async with`."""
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return _copy_wrapper_attrs(helper, func)


class closing:
    """Context to automatically close something at the end of a block:
    `with closing(thing) as t:` calls thing.close() on leaving."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing:
    """Async context manager for safely finalizing an asynchronously
    cleaned-up resource such as an async generator: `async with
    aclosing(agen) as g:` awaits agen.aclose() on leaving."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class suppress:
    """Context manager to suppress the specified exceptions (and their
    subclasses); execution resumes after the with statement."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class nullcontext:
    """Context manager that does no additional processing: its `as` target
    is enter_result.  Works with `with` and `async with`."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


def _cm_type_name(cls):
    return "%s.%s" % (getattr(cls, "__module__", "builtins"), cls.__qualname__)


def _fix_exception_context(new_exc, old_exc, frame_exc):
    """Makes new_exc's chain of contexts end at old_exc, the exception it
    would have had as context had the exits been nested with statements:
    the chain is cut where it reaches frame_exc, the exception being
    handled around the stack's __exit__."""
    while True:
        exc_context = new_exc.__context__
        if exc_context is None or exc_context is old_exc:
            return
        if exc_context is frame_exc:
            break
        new_exc = exc_context
    new_exc.__context__ = old_exc


def _reraise_with_context(exc):
    """Raises exc, keeping the __context__ it has (a bare raise in a
    handler would set it to the exception being handled)."""
    fixed_ctx = exc.__context__
    try:
        raise exc
    except BaseException:
        exc.__context__ = fixed_ctx
        raise


class _BaseExitStack:
    """A base class for ExitStack and AsyncExitStack."""

    def __init__(self):
        # (is_sync, callback) pairs, called last first.
        self._exit_callbacks = []

    def pop_all(self):
        """Preserve the context stack by transferring it to a new instance."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Registers a callback with the standard __exit__ method signature,
        or an object with an __exit__ method (registering a call to that
        method).  Can suppress exceptions as __exit__ can."""
        try:
            exit_method = type(exit).__exit__
        except AttributeError:
            # Not a context manager, so assume it's a callable.
            self._exit_callbacks.append((True, exit))
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        """Enters the supplied context manager; pushes its __exit__ method
        and returns the result of its __enter__ method."""
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise TypeError("'%s' object does not support the context manager protocol"
                            % _cm_type_name(cls)) from None
        result = enter(cm)
        self._push_cm_exit(cm, exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Registers an arbitrary callback and arguments.  Cannot suppress
        exceptions."""
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        self._exit_callbacks.append((True, _exit_wrapper))
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        def _exit_wrapper(exc_type, exc, tb):
            return cm_exit(cm, exc_type, exc, tb)
        self._exit_callbacks.append((True, _exit_wrapper))


class ExitStack(_BaseExitStack):
    """Context manager for dynamic management of a stack of exit callbacks:

        with ExitStack() as stack:
            files = [stack.enter_context(open(name)) for name in names]
    """

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        frame_exc = _handled_exception()
        suppressed_exc = False
        pending_raise = False
        # Last in, first out, as nested with statements would exit.
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if cb(*exc_details):
                    suppressed_exc = True
                    pending_raise = False
                    exc_details = (None, None, None)
            except BaseException as new_exc:
                _fix_exception_context(new_exc, exc_details[1], frame_exc)
                pending_raise = True
                exc_details = (type(new_exc), new_exc, new_exc.__traceback__)
        if pending_raise:
            _reraise_with_context(exc_details[1])
        return received_exc and suppressed_exc

    def close(self):
        """Immediately unwind the context stack."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack):
    """Async context manager for dynamic management of a stack of exit
    callbacks, sync and async:

        async with AsyncExitStack() as stack:
            conns = [await stack.enter_async_context(connect()) for i in range(5)]
    """

    async def enter_async_context(self, cm):
        """Enters the supplied async context manager; pushes its __aexit__
        method and returns the result of its __aenter__ method."""
        cls = type(cm)
        try:
            enter = cls.__aenter__
            exit = cls.__aexit__
        except AttributeError:
            raise TypeError("'%s' object does not support the asynchronous "
                            "context manager protocol" % _cm_type_name(cls)) from None
        result = await enter(cm)
        self._push_async_cm_exit(cm, exit)
        return result

    def push_async_exit(self, exit):
        """Registers a coroutine function with the standard __aexit__
        signature, or an object with an __aexit__ method."""
        try:
            exit_method = type(exit).__aexit__
        except AttributeError:
            self._exit_callbacks.append((False, exit))
        else:
            self._push_async_cm_exit(exit, exit_method)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Registers an arbitrary coroutine function and arguments.  Cannot
        suppress exceptions."""
        async def _exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)
        self._exit_callbacks.append((False, _exit_wrapper))
        return callback

    async def aclose(self):
        """Immediately unwind the context stack."""
        await self.__aexit__(None, None, None)

    def _push_async_cm_exit(self, cm, cm_exit):
        async def _exit_wrapper(exc_type, exc, tb):
            return await cm_exit(cm, exc_type, exc, tb)
        self._exit_callbacks.append((False, _exit_wrapper))

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        frame_exc = _handled_exception()
        suppressed_exc = False
        pending_raise = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if is_sync:
                    cb_suppress = cb(*exc_details)
                else:
                    cb_suppress = await cb(*exc_details)
                if cb_suppress:
                    suppressed_exc = True
                    pending_raise = False
                    exc_details = (None, None, None)
            except BaseException as new_exc:
                _fix_exception_context(new_exc, exc_details[1], frame_exc)
                pending_raise = True
                exc_details = (type(new_exc), new_exc, new_exc.__traceback__)
        if pending_raise:
            _reraise_with_context(exc_details[1])
        return received_exc and suppressed_exc


if __name__ == "__main__":
    # Self-test: `build/yieldc run runtime/lib/contextlib.py` must print what
    # `python3 runtime/lib/contextlib.py` prints.
    import asyncio

    def show(label, e):
        print(label, type(e).__name__, repr(str(e)), "context:", repr(e.__context__),
              "cause:", repr(e.__cause__))

    @contextmanager
    def resource(name, log):
        log.append("open " + name)
        try:
            yield name.upper()
        except KeyError as e:
            log.append("handled " + repr(e))
        finally:
            log.append("close " + name)

    log = []
    with resource("db", log) as r:
        log.append("using " + r)
    print(log)
    log = []
    with resource("db", log):
        raise KeyError("suppressed by the generator")
    print(log)
    log = []
    try:
        with resource("net", log):
            raise ValueError("passes through")
    except ValueError as e:
        show("through:", e)
    print(log)

    @contextmanager
    def translate():
        try:
            yield
        except ZeroDivisionError as e:
            raise ArithmeticError("translated") from e

    try:
        with translate():
            1 / 0
    except ArithmeticError as e:
        show("translated:", e)

    @contextmanager
    def reraise_other():
        try:
            yield
        except LookupError:
            raise TypeError("other")

    try:
        with reraise_other():
            [][1]
    except TypeError as e:
        show("other:", e)

    @contextmanager
    def no_yield():
        if False:
            yield

    @contextmanager
    def two_yields():
        yield 1
        yield 2

    @contextmanager
    def yield_after_throw():
        try:
            yield
        except Exception:
            yield

    for label, cm in (("no yield:", no_yield), ("two yields:", two_yields),
                      ("after throw:", yield_after_throw)):
        try:
            with cm():
                if label == "after throw:":
                    raise OSError("boom")
        except RuntimeError as e:
            show(label, e)

    @contextmanager
    def passive():
        yield "p"

    for exc in (StopIteration("from body"), RuntimeError("runtime in body"),
                GeneratorExit()):
        try:
            with passive():
                raise exc
        except BaseException as e:
            show("body raised:", e)
            print("  same object:", e is exc)

    @contextmanager
    def swallow_stop():
        try:
            yield
        except StopIteration:
            pass

    with swallow_stop():
        raise StopIteration("swallowed")
    print("StopIteration swallowed")

    # An exception given to __exit__ as a type alone.
    m = passive()
    m.__enter__()
    try:
        m.__exit__(KeyError, None, None)
    except KeyError as e:
        show("type only:", e)

    # Reusing a generator context manager.
    m = passive()
    with m:
        pass
    try:
        with m:
            pass
    except AttributeError as e:
        print("reuse: AttributeError")

    # As a decorator: a fresh generator each call.
    @contextmanager
    def tagged(tag):
        print("<" + tag + ">")
        yield
        print("</" + tag + ">")

    @tagged("b")
    def bold(text):
        print(text)
        return len(text)

    print(bold("hello"), bold("again"))

    # A generator that closes while suspended inside a with block.
    def lines():
        with resource("file", log):
            yield 1
            yield 2

    log = []
    g = lines()
    print(next(g))
    g.close()
    print(log)

    class Thing:
        def __init__(self, name):
            self.name = name

        def close(self):
            print("closing", self.name)

    with closing(Thing("t1")) as t:
        print("inside", t.name)
    try:
        with closing(Thing("t2")):
            raise ValueError("closing still closes")
    except ValueError as e:
        show("closing:", e)

    def counter():
        try:
            yield 1
            yield 2
        finally:
            print("counter finalized")

    with closing(counter()) as c:
        print("first", next(c))

    with suppress(KeyError, IndexError):
        {}["missing"]
    print("after suppress")
    with suppress():
        pass
    try:
        with suppress(KeyError):
            raise ValueError("not suppressed")
    except ValueError as e:
        show("suppress:", e)
    with suppress(Exception):
        raise ZeroDivisionError("subclass")
    print("subclass suppressed")

    with nullcontext() as n:
        print("null", n)
    with nullcontext(42) as n:
        print("null", n)

    class Res:
        def __init__(self, name, suppress=False, fail=None):
            self.name = name
            self.suppress = suppress
            self.fail = fail

        def __enter__(self):
            print("enter", self.name)
            return self.name

        def __exit__(self, typ, exc, tb):
            print("exit", self.name, typ.__name__ if typ else None, repr(exc))
            if self.fail is not None:
                raise self.fail
            return self.suppress

    with ExitStack() as stack:
        names = [stack.enter_context(Res(n)) for n in ("a", "b", "c")]
        stack.callback(print, "callback", 1, sep="-")
        print("names", names)
    print("--")
    with ExitStack() as stack:
        stack.enter_context(Res("outer", suppress=True))
        stack.enter_context(Res("inner"))
        raise KeyError("k")
    print("suppressed by outer")
    print("--")
    try:
        with ExitStack() as stack:
            stack.enter_context(Res("one", fail=ValueError("from one")))
            stack.enter_context(Res("two", fail=TypeError("from two")))
            raise KeyError("body")
    except ValueError as e:
        show("chained:", e)
        show("  its context:", e.__context__)
        show("  and its:", e.__context__.__context__)
    print("--")

    def exit_fn(typ, exc, tb):
        print("exit_fn", typ.__name__ if typ else None)
        return True

    with ExitStack() as stack:
        stack.push(exit_fn)
        stack.push(Res("pushed"))
        raise IndexError("i")
    print("suppressed by exit_fn")
    try:
        with ExitStack() as stack:
            stack.enter_context(42)
    except TypeError as e:
        show("not a cm:", e)

    class NotCM:
        pass

    try:
        ExitStack().enter_context(NotCM())
    except TypeError as e:
        print("not a cm:", str(e).replace("contextlib.", "__main__."))
    with ExitStack() as stack:
        stack.enter_context(Res("kept"))
        saved = stack.pop_all()
    print("popped; closing now")
    saved.close()
    saved.close()

    # The exception being handled around the stack stays out of the chain.
    try:
        raise LookupError("outer handled")
    except LookupError:
        try:
            with ExitStack() as stack:
                stack.callback(lambda: 1 / 0)
        except ZeroDivisionError as e:
            show("in handler:", e)

    async def amain():
        @asynccontextmanager
        async def connection(name):
            print("connect", name)
            try:
                yield name + "-conn"
            except KeyError as e:
                print("conn handled", repr(e))
            finally:
                print("disconnect", name)

        async with connection("x") as c:
            print("using", c)
        async with connection("y"):
            raise KeyError("ak")
        try:
            async with connection("z"):
                raise ValueError("av")
        except ValueError as e:
            show("async through:", e)

        @asynccontextmanager
        async def a_no_yield():
            if False:
                yield

        @asynccontextmanager
        async def a_two():
            yield
            yield

        for cm in (a_no_yield, a_two):
            try:
                async with cm():
                    pass
            except RuntimeError as e:
                show("async:", e)

        @asynccontextmanager
        async def a_passive():
            yield

        try:
            async with a_passive():
                raise StopAsyncIteration("body")
        except StopAsyncIteration as e:
            show("async body:", e)

        @connection("deco")
        async def job(n):
            await asyncio.sleep(0)
            return n * 2

        print("job", await job(21))

        async def ticker():
            try:
                yield 1
                yield 2
            finally:
                print("ticker closed")

        async with aclosing(ticker()) as t:
            async for v in t:
                print("tick", v)
                break
        async with nullcontext("anull") as v:
            print(v)

        class ARes:
            def __init__(self, name):
                self.name = name

            async def __aenter__(self):
                print("aenter", self.name)
                return self.name

            async def __aexit__(self, typ, exc, tb):
                print("aexit", self.name, typ.__name__ if typ else None)
                return False

        async def cleanup(what):
            print("async cleanup", what)

        async with AsyncExitStack() as stack:
            print(await stack.enter_async_context(ARes("r1")))
            stack.enter_context(Res("sync"))
            stack.push_async_callback(cleanup, "x")
            stack.callback(print, "sync callback")
        try:
            async with AsyncExitStack() as stack:
                await stack.enter_async_context(ARes("r2"))
                raise KeyError("in async stack")
        except KeyError as e:
            show("async stack:", e)
        try:
            await AsyncExitStack().enter_async_context(Res("sync only"))
        except TypeError as e:
            print("not async:", str(e).replace("contextlib.", "__main__."))
        stack = AsyncExitStack()
        await stack.enter_async_context(ARes("r3"))
        await stack.aclose()

    asyncio.run(amain())
