"""types: yieldc's own implementation of the types module, in Python.

yieldc compiles this file with the program that imports it (runtime/lib is
the library directory).  It is written for yieldc, not taken from CPython's
Lib, which was read to match its behaviour.  What needs the runtime's
insides (marking a generator function's code) is the private C module
_types (runtime/types.c).

What it implements:
- GeneratorType, CoroutineType, AsyncGeneratorType: the runtime's own
  types, found as CPython finds them (type() of one), so
  `type(g) is types.GeneratorType` and isinstance hold.
- MethodType: the type of a bound method of a Python function (found the
  same way); called with a callable and an instance, it binds them.
- coroutine(func): CPython 3.11's decorator.  A generator function is
  returned as it is, its code marked as an iterable coroutine: `await`
  accepts its generators (their yields go up to whoever drives the
  awaiting coroutine: a hand-written scheduler's send() gets them), and
  they may `yield from` a coroutine.  An async def function is returned as
  it is.  Any other callable is wrapped (functools.wraps): a plain
  generator it returns is made awaitable.
- SimpleNamespace: keyword constructor, attributes, CPython's repr
  (namespace(a=1, b='x'), a subclass's name, namespace(...) for a
  recursive one), comparisons of the attribute dicts, unhashable.

Left out (a compile-time error, as for any name not defined here):
FunctionType, LambdaType, BuiltinFunctionType, BuiltinMethodType,
ModuleType, NoneType and the other type objects (the runtime's types do not
all match CPython's: a builtin's bound method has a type of its own;
FunctionType and ModuleType cannot be called as constructors); new_class, prepare_class, resolve_bases, get_original_bases,
DynamicClassAttribute, GenericAlias, UnionType, MappingProxyType (they need
metaclasses, descriptors or C types yieldc does not have).

Differences from CPython:
- coroutine() marks the code of the function's def, which every function
  object made by that def shares (CPython gives that one function object a
  new code object): another closure of the same def, never passed to
  coroutine(), is marked too.
- For a callable that is not a generator function, CPython wraps a plain
  generator it returns in a types._GeneratorWrapper; here the generator
  itself is returned, made awaitable (type() of it is still generator).
  An object that is not a generator but has the generator protocol
  (send/throw/close) is returned as it is, and `await` refuses it (CPython
  wraps it too).
- Under asyncio, a value other than None that such a generator yields to
  the task is not refused as CPython's task refuses it ("Task got bad
  yield: 5", "yield was used instead of yield from"): the event loop
  (loop.c) takes a float as a sleep, waits on a future, and treats
  anything else as a bare yield.
- SimpleNamespace is a class written in Python: it takes only keyword
  arguments as in 3.11, but errors about its arguments are a Python
  function's, and its attributes live in the instance dict as any class's.
"""

try:
    import _types
except ImportError:
    # CPython, which runs this file's self-test too (tests/lib): coroutine()
    # is then CPython's own (the marking needs yieldc's runtime).
    _types = None


def _f():
    pass


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_c = _c()
CoroutineType = type(_c)
_c.close()


async def _ag():
    yield


_ag = _ag()
AsyncGeneratorType = type(_ag)


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)


def coroutine(func):
    """Convert regular generator function to a coroutine."""
    if _types is None:
        import types
        return types.coroutine(func)
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if _types.mark_function(func):
        return func

    import functools

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if type(coro) is GeneratorType:
            return _types.mark_generator(coro)
        return coro

    return wrapped


# The namespaces being printed by SimpleNamespace.__repr__ (by id), for
# namespace(...) when one contains itself.
_repr_running = set()


class SimpleNamespace:
    """A simple attribute-based namespace.

    SimpleNamespace(**kwargs)"""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        d = self.__dict__
        for key, value in kwargs.items():
            d[key] = value

    def __repr__(self):
        if type(self) is SimpleNamespace:
            name = "namespace"
        else:
            name = type(self).__name__
        key = id(self)
        if key in _repr_running:
            return name + "(...)"
        _repr_running.add(key)
        try:
            parts = []
            for k, v in self.__dict__.items():
                if isinstance(k, str):
                    parts.append(k + "=" + repr(v))
        finally:
            _repr_running.discard(key)
        return name + "(" + ", ".join(parts) + ")"

    def __getattr__(self, name):
        if type(self) is SimpleNamespace:
            tname = "types.SimpleNamespace"
        else:
            tname = type(self).__name__
        raise AttributeError("'%s' object has no attribute '%s'" % (tname, name))

    def __eq__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ != other.__dict__
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ < other.__dict__
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ <= other.__dict__
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ > other.__dict__
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ >= other.__dict__
        return NotImplemented

    def __hash__(self):
        # CPython's C type is unhashable under its full name.
        raise TypeError("unhashable type: 'types.SimpleNamespace'")


del _f, _g, _c, _ag


if __name__ == "__main__":
    def attempt(label, fn):
        try:
            print(label, repr(fn()))
        except (TypeError, ValueError, AttributeError, RuntimeError) as e:
            print(label, type(e).__name__, e)

    def gen():
        yield 1

    async def coro():
        return 2

    async def agen():
        yield 3

    g = gen()
    c = coro()
    a = agen()
    print(type(g) is GeneratorType, type(c) is CoroutineType, type(a) is AsyncGeneratorType)
    print(isinstance(g, GeneratorType), isinstance(c, GeneratorType), isinstance(a, AsyncGeneratorType))
    print(GeneratorType, CoroutineType, AsyncGeneratorType)
    print(GeneratorType.__name__, CoroutineType.__name__, AsyncGeneratorType.__name__)
    print(MethodType.__name__, type(SimpleNamespace().__init__) is MethodType, type([].append) is MethodType)
    print(MethodType(len, "ab")(), MethodType(attempt, "self").__self__)
    c.close()

    ns = SimpleNamespace(b=2, a="x", items=[1, 2])
    print(ns, ns.a, ns.b, ns.items)
    ns.c = None
    del ns.a
    print(ns, repr(ns))
    print(SimpleNamespace(), SimpleNamespace(x=SimpleNamespace(y=1)))
    print(ns == SimpleNamespace(b=2, items=[1, 2], c=None), ns == SimpleNamespace(b=2), ns != 3)
    print(sorted(vars(ns)), vars(ns) == ns.__dict__)
    attempt("missing", lambda: ns.missing)
    print(getattr(ns, "missing", "default"), hasattr(ns, "b"))
    attempt("positional", lambda: SimpleNamespace(1))
    attempt("hash", lambda: hash(ns))
    attempt("lt", lambda: ns < ns)
    loop = SimpleNamespace(name="loop")
    loop.me = loop
    print(loop)
    loop.me = None
    print(type(ns).__name__, isinstance(ns, SimpleNamespace))

    class Config(SimpleNamespace):
        pass

    cfg = Config(debug=True, level=3)
    print(cfg, cfg == SimpleNamespace(debug=True, level=3))
    attempt("subclass missing", lambda: cfg.nothing)

    @coroutine
    def switch(label):
        got = yield label
        return (label, got)

    async def worker(name, n):
        total = []
        for i in range(n):
            total.append(await switch(name + str(i)))
        return total

    print(coroutine(switch) is switch, coroutine(coro) is coro)
    w = worker("w", 2)
    print(w.send(None), w.send("first"), end=" ")
    try:
        w.send("second")
    except StopIteration as e:
        print("done", e.value)

    def plain():
        return gen()

    wrapped = coroutine(plain)
    print(wrapped.__name__, wrapped.__wrapped__ is plain)

    async def use_plain():
        return await wrapped()

    u = use_plain()
    print(u.send(None), end=" ")
    try:
        u.send(None)
    except StopIteration as e:
        print("done", e.value)
    attempt("not callable", lambda: coroutine(3))

    def bare():
        yield 1

    async def await_plain():
        return await bare()

    attempt("await plain generator", lambda: await_plain().send(None))
