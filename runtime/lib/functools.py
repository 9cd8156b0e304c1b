"""functools: yieldc's own implementation of the functools module, in Python.

yieldc compiles this file with the program that imports it (runtime/lib is
the library directory).  It is written for yieldc, not taken from CPython's
Lib, which was read to match its behaviour.

What it implements: partial (func, args, keywords; nested partials
flattened; CPython's repr "functools.partial(<function f at ...>, 1, x=2)"),
partialmethod, cached_property,
reduce (CPython's errors), update_wrapper and wraps (WRAPPER_ASSIGNMENTS,
WRAPPER_UPDATES), lru_cache (maxsize, typed, also as a bare @lru_cache;
cache_info() with CacheInfo's repr, cache_clear(), cache_parameters()),
cache, total_ordering (CPython's derived methods, NotImplemented included)
and cmp_to_key.

Left out: singledispatch and singledispatchmethod (they need type
annotations at run time and the abc machinery).

Differences from CPython:
- yieldc's functions take attributes (__module__, __name__, __qualname__,
  __doc__, __wrapped__ and any other are copied as in CPython), but a
  function has no __annotations__ until one is assigned, so that is not
  copied from a plain function (CPython copies it).  An
  AttributeError when setting an attribute on a function object is passed
  over (an older runtime refused them all); any other object fails as in
  CPython.
- lru_cache's wrapper is an instance of the class _lru_cache_wrapper with
  __call__ and __get__ (a method decorated with it binds self, as CPython's
  C wrapper does).  CacheInfo is a class
  of its own, not a tuple subclass: it prints, compares, unpacks and
  indexes like CPython's named tuple, but isinstance(info, tuple) is
  False.
- total_ordering's derived methods carry their own names as __name__
  (CPython renames them; yieldc functions cannot be renamed): __name__ is
  already the operator's name, __qualname__ names the factory.
- partial's func, args and keywords are plain attributes (CPython's are
  read-only).
- The C implementations' argument-count messages ("reduce expected at
  least 2 arguments, got 1") are a Python function's here.
"""

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def _function_type_probe():
    pass


class _MethodProbe:
    def method(self):
        pass


# The type of a bound method, CPython's types.MethodType: called with a
# callable and an instance, it binds them (lru_cache's wrapper binds itself
# so in __get__).
_MethodType = type(_MethodProbe().method)


# A function object that refuses an attribute is left without it (see the
# top of the file).
_function_type = type(_function_type_probe)


def _set_wrapper_attr(wrapper, attr, value):
    if type(wrapper) is _function_type:
        try:
            setattr(wrapper, attr, value)
        except AttributeError:
            pass
    else:
        setattr(wrapper, attr, value)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Update a wrapper function to look like the wrapped function."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            continue
        _set_wrapper_attr(wrapper, attr, value)
    for attr in updated:
        try:
            target = getattr(wrapper, attr)
        except AttributeError:
            if type(wrapper) is _function_type:
                continue
            raise
        try:
            source = getattr(wrapped, attr)
        except AttributeError:
            continue
        target.update(source)
    # Set last, so that a __wrapped__ copied from wrapped's __dict__ does not
    # replace it.
    _set_wrapper_attr(wrapper, "__wrapped__", wrapped)
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory to apply update_wrapper() to a wrapper function."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


def _call_parts(func, args, keywords):
    """The reprs partial's and partialmethod's reprs list: func, args, k=v."""
    parts = [repr(func)]
    for a in args:
        parts.append(repr(a))
    for k, v in keywords.items():
        parts.append("%s=%r" % (k, v))
    return parts


class partial:
    """partial(func, *args, **keywords): a new function with partial
    application of the given arguments and keywords."""

    def __init__(self, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func = args[0]
        args = args[1:]
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if type(func) is partial:
            # Flatten: partial(partial(f, 1), 2) is partial(f, 1, 2).
            args = func.args + args
            merged = dict(func.keywords)
            merged.update(keywords)
            keywords = merged
            func = func.func
        self.func = func
        self.args = tuple(args)
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        if self.keywords:
            merged = dict(self.keywords)
            merged.update(keywords)
            keywords = merged
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        parts = _call_parts(self.func, self.args, self.keywords)
        if type(self) is partial:
            name = "functools.partial"
        else:
            name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(parts))


class partialmethod:
    """partialmethod(func, *args, **keywords): partial application for
    methods: looked up on an instance, it is partial(func, instance, *args,
    **keywords); on the class, itself."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("%r is not callable or a descriptor" % (func,))
        if type(func) is partialmethod:
            args = func.args + args
            merged = dict(func.keywords)
            merged.update(keywords)
            keywords = merged
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __repr__(self):
        return "functools.partialmethod(%s)" % ", ".join(_call_parts(self.func, self.args, self.keywords))

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return partial(self.func, obj, *self.args, **self.keywords)


_NOT_CACHED = object()


class cached_property:
    """A method computed once per instance, then kept in the instance's
    __dict__ under the same name (which then hides this descriptor)."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError("Cannot assign the same cached_property to two different names "
                            "(%r and %r)." % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        store = instance.__dict__
        value = store.get(self.attrname, _NOT_CACHED)
        if value is _NOT_CACHED:
            value = self.func(instance)
            store[self.attrname] = value
        return value


_initial_missing = object()


def reduce(function, sequence, initial=_initial_missing, /):
    """reduce(function, iterable[, initial]) -> value

    Apply a function of two arguments cumulatively to the items of a
    sequence or iterable, from left to right, so as to reduce it to a
    single value."""
    try:
        it = iter(sequence)
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    value = initial
    if value is _initial_missing:
        for value in it:
            break
        if value is _initial_missing:
            raise TypeError("reduce() of empty iterable with no initial value")
    for element in it:
        value = function(value, element)
    return value


# ---------------------------------------------------------------------------
# total_ordering: each derived method is made by a factory, so that it is
# named after the operator it implements.  Each returns NotImplemented when
# the root operation does.

def _gt_from_lt():
    def __gt__(self, other):
        r = type(self).__lt__(self, other)
        if r is NotImplemented:
            return r
        return not r and self != other
    return __gt__


def _le_from_lt():
    def __le__(self, other):
        r = type(self).__lt__(self, other)
        if r is NotImplemented:
            return r
        return r or self == other
    return __le__


def _ge_from_lt():
    def __ge__(self, other):
        r = type(self).__lt__(self, other)
        if r is NotImplemented:
            return r
        return not r
    return __ge__


def _ge_from_le():
    def __ge__(self, other):
        r = type(self).__le__(self, other)
        if r is NotImplemented:
            return r
        return not r or self == other
    return __ge__


def _lt_from_le():
    def __lt__(self, other):
        r = type(self).__le__(self, other)
        if r is NotImplemented:
            return r
        return r and self != other
    return __lt__


def _gt_from_le():
    def __gt__(self, other):
        r = type(self).__le__(self, other)
        if r is NotImplemented:
            return r
        return not r
    return __gt__


def _lt_from_gt():
    def __lt__(self, other):
        r = type(self).__gt__(self, other)
        if r is NotImplemented:
            return r
        return not r and self != other
    return __lt__


def _ge_from_gt():
    def __ge__(self, other):
        r = type(self).__gt__(self, other)
        if r is NotImplemented:
            return r
        return r or self == other
    return __ge__


def _le_from_gt():
    def __le__(self, other):
        r = type(self).__gt__(self, other)
        if r is NotImplemented:
            return r
        return not r
    return __le__


def _le_from_ge():
    def __le__(self, other):
        r = type(self).__ge__(self, other)
        if r is NotImplemented:
            return r
        return not r or self == other
    return __le__


def _gt_from_ge():
    def __gt__(self, other):
        r = type(self).__ge__(self, other)
        if r is NotImplemented:
            return r
        return r and self != other
    return __gt__


def _lt_from_ge():
    def __lt__(self, other):
        r = type(self).__ge__(self, other)
        if r is NotImplemented:
            return r
        return not r
    return __lt__


_derived = {
    '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)],
}


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods."""
    # The operations the class defines itself (or inherits from a class
    # other than object).
    roots = [op for op in ('__lt__', '__le__', '__gt__', '__ge__')
             if getattr(cls, op, None) is not getattr(object, op, None)]
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)  # prefer __lt__ to __le__ to __gt__ to __ge__
    for opname, factory in _derived[root]:
        if opname not in roots:
            setattr(cls, opname, factory())
    return cls


# ---------------------------------------------------------------------------
# cmp_to_key

class KeyWrapper:
    """The key made by cmp_to_key(mycmp): calling it wraps an object; two
    wrapped objects compare as mycmp says."""

    def __init__(self, cmp, obj):
        self._cmp = cmp
        self.obj = obj

    def __call__(self, obj):
        return KeyWrapper(self._cmp, obj)

    def _compare(self, other):
        if not isinstance(other, KeyWrapper):
            raise TypeError("other argument must be K instance")
        return self._cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._compare(other) < 0

    def __le__(self, other):
        return self._compare(other) <= 0

    def __gt__(self, other):
        return self._compare(other) > 0

    def __ge__(self, other):
        return self._compare(other) >= 0

    def __eq__(self, other):
        return self._compare(other) == 0

    def __ne__(self, other):
        return self._compare(other) != 0

    def __hash__(self):
        # CPython's C type is unhashable under its full name.
        raise TypeError("unhashable type: 'functools.KeyWrapper'")


def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""
    return KeyWrapper(mycmp, None)


# ---------------------------------------------------------------------------
# lru_cache

class CacheInfo:
    """What cache_info() returns: CPython's named tuple
    CacheInfo(hits, misses, maxsize, currsize), as far as a class can be
    one (see the top of the file)."""

    def __init__(self, hits, misses, maxsize, currsize):
        self.hits = hits
        self.misses = misses
        self.maxsize = maxsize
        self.currsize = currsize

    def _astuple(self):
        return (self.hits, self.misses, self.maxsize, self.currsize)

    def __repr__(self):
        return "CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)" % self._astuple()

    def __iter__(self):
        return iter(self._astuple())

    def __len__(self):
        return 4

    def __getitem__(self, i):
        return self._astuple()[i]

    def __eq__(self, other):
        if isinstance(other, _CacheInfo):
            other = other._astuple()
        return self._astuple() == other

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self._astuple())

    def _asdict(self):
        return {"hits": self.hits, "misses": self.misses,
                "maxsize": self.maxsize, "currsize": self.currsize}


_CacheInfo = CacheInfo
del CacheInfo


class _kwd_mark_type:
    """The separator between positional and keyword arguments in a key."""


_kwd_mark = _kwd_mark_type()


def _make_key(args, kwds, typed):
    """The cache key of a call: one int or str argument is its own key (when
    not typed); otherwise a tuple of the arguments, then the keyword names
    and values after a marker, then, when typed, the arguments' types."""
    if not kwds and not typed and len(args) == 1:
        t = type(args[0])
        if t is int or t is str:
            return args[0]
    key = args
    if kwds:
        flat = [_kwd_mark]
        for k, v in kwds.items():
            flat.append(k)
            flat.append(v)
        key = key + tuple(flat)
    if typed:
        key = key + tuple([type(v) for v in args])
        if kwds:
            key = key + tuple([type(v) for v in kwds.values()])
    return key


class _lru_cache_wrapper:
    """The callable lru_cache() returns: calls the function at most once per
    key while the key stays among the maxsize most recently used."""

    def __init__(self, user_function, maxsize, typed):
        self._function = user_function
        self._maxsize = maxsize
        self._typed = typed
        # The cache, least recently used first (a dict keeps insertion
        # order; a hit moves its key to the end).
        self._cache = {}
        self._hits = 0
        self._misses = 0

    def __call__(self, *args, **kwds):
        maxsize = self._maxsize
        if maxsize == 0:
            self._misses += 1
            return self._function(*args, **kwds)
        key = _make_key(args, kwds, self._typed)
        cache = self._cache
        result = cache.get(key, _kwd_mark)
        if result is not _kwd_mark:
            self._hits += 1
            if maxsize is not None:
                del cache[key]
                cache[key] = result
            return result
        self._misses += 1
        result = self._function(*args, **kwds)
        if maxsize is not None:
            if key in cache:
                # A recursive call has cached it meanwhile: keep that
                # entry, as CPython's bounded cache does (its unbounded
                # one overwrites it).
                return result
            if len(cache) >= maxsize:
                del cache[next(iter(cache))]
        cache[key] = result
        return result

    def __get__(self, obj, objtype=None):
        # A method: the wrapper bound to the instance (CPython's C wrapper
        # is a descriptor the same way).
        if obj is None:
            return self
        return _MethodType(self, obj)

    def cache_info(self):
        """Report cache statistics."""
        return _CacheInfo(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        """Clear the cache and cache statistics."""
        self._cache.clear()
        self._hits = 0
        self._misses = 0

    def cache_parameters(self):
        return {"maxsize": self._maxsize, "typed": self._typed}


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    maxsize None: the cache grows without bound; typed: arguments of
    different types (3 and 3.0) are cached separately."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # Used as @lru_cache without arguments.
        user_function = maxsize
        wrapper = _lru_cache_wrapper(user_function, 128, typed)
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        return update_wrapper(wrapper, user_function)
    return decorating_function


def cache(user_function, /):
    """Simple lightweight unbounded cache.  Sometimes called "memoize"."""
    return lru_cache(maxsize=None)(user_function)


if __name__ == "__main__":
    # Self-test: `build/yieldc run runtime/lib/functools.py` must print what
    # `python3 runtime/lib/functools.py` prints.
    def attempt(label, f):
        try:
            print(label, repr(f()))
        except Exception as e:
            print(label, type(e).__name__, e)

    def power(base, exp, mod=None):
        if mod is None:
            return base ** exp
        return pow(base, exp, mod)

    square = partial(power, exp=2)
    print(square(7), square(3, mod=5), square.args, square.keywords)
    p2 = partial(partial(power, 2), 10)
    print(p2(), p2.func is power, p2.args, p2.keywords)
    p3 = partial(p2, mod=1000)
    print(p3(), p3.args, p3.keywords, p3(mod=7))
    print(repr(partial(len, [1, 2], k="v")) == "functools.partial(%r, [1, 2], k='v')" % (len,))
    print(repr(partial(max, 3, key=abs)).startswith("functools.partial(<built-in function max>, 3"))
    print(list(map(partial(int, base=2), ["101", "111"])))
    attempt("partial()", lambda: partial())
    attempt("partial(1)", lambda: partial(1))
    attempt("partial call", lambda: partial(power)(1, 2, 3, 4))

    def mul(a, b):
        return a * b

    print(reduce(mul, range(1, 8)), reduce(mul, [], 1), reduce(mul, [5]),
          reduce(lambda acc, x: acc + [x * x], range(4), []))
    print(reduce(lambda a, b: a + b, iter(["a", "b", "c"]), "z"))
    attempt("reduce empty", lambda: reduce(mul, []))
    attempt("reduce iter", lambda: reduce(mul, 5))
    attempt("reduce empty iter", lambda: reduce(mul, iter(())))
    try:
        reduce(mul, [])
    except TypeError as e:
        print("context", e.__context__, e.__cause__)

    calls = []

    @lru_cache(maxsize=3)
    def slow(n):
        calls.append(n)
        return n * 10

    for n in (1, 2, 3, 1, 4, 2, 1, 5, 1):
        slow(n)
    print(calls, slow.cache_info())
    info = slow.cache_info()
    hits, misses, maxsize, currsize = info
    print(hits, misses, maxsize, currsize, info.hits, info[1], len(info),
          info == (hits, misses, maxsize, currsize), type(info).__name__)
    print(slow.cache_parameters(), slow.__wrapped__ is not None, slow.__name__)
    slow.cache_clear()
    print(slow.cache_info())

    class Cell:
        def __init__(self, v):
            self.v = v

        def _set(self, v, scale=1):
            self.v = v * scale
            return self.v

        double = partialmethod(_set, scale=2)
        set_ten = partialmethod(_set, 10)

        @cached_property
        def expensive(self):
            """Squares v once."""
            calls.append("expensive")
            return self.v ** 2

    cell = Cell(3)
    print(cell.double(4), cell.set_ten(), cell.set_ten(scale=3), repr(Cell.double).startswith("functools.partialmethod("))
    calls.clear()
    print(cell.expensive, cell.expensive, calls, Cell.expensive.__doc__, "expensive" in cell.__dict__)
    del cell.expensive
    print(cell.expensive, calls)
    attempt("partialmethod(1)", lambda: partialmethod(1))

    @lru_cache
    def fib(n):
        return n if n < 2 else fib(n - 1) + fib(n - 2)

    print(fib(80), fib.cache_info())

    @cache
    def fact(n):
        return n * fact(n - 1) if n else 1

    print(fact(30), fact.cache_info(), fact.cache_parameters())

    @lru_cache(maxsize=None, typed=True)
    def kind(x, *, tag=""):
        calls.append((x, tag))
        return type(x).__name__ + tag

    calls = []
    print(kind(3), kind(3.0), kind(3), kind(3, tag="!"), kind(x=3, tag="!"), kind(True))
    print(calls, kind.cache_info())

    @lru_cache(maxsize=0)
    def nocache(x):
        return x

    print(nocache(1), nocache(1), nocache.cache_info())

    @lru_cache(maxsize=-5)
    def negative(x):
        return x

    print(negative(1), negative.cache_info())
    attempt("lru_cache('x')", lambda: lru_cache("x"))
    attempt("unhashable", lambda: fib([1]))

    @total_ordering
    class Version:
        def __init__(self, *parts):
            self.parts = parts

        def __eq__(self, other):
            if not isinstance(other, Version):
                return NotImplemented
            return self.parts == other.parts

        def __lt__(self, other):
            if not isinstance(other, Version):
                return NotImplemented
            return self.parts < other.parts

        def __repr__(self):
            return "Version%r" % (self.parts,)

    a, b = Version(1, 2), Version(1, 10)
    print(a < b, a <= b, a > b, a >= b, a == b, a != b, b >= b, b <= b)
    print(sorted([b, a, Version(0, 9)]), max(a, b), Version.__gt__.__name__)
    attempt("version vs int", lambda: a >= 3)

    @total_ordering
    class Rank:
        def __init__(self, n):
            self.n = n

        def __eq__(self, other):
            return self.n == other.n

        def __ge__(self, other):
            return self.n >= other.n

    r1, r2 = Rank(1), Rank(2)
    print(r1 < r2, r1 <= r2, r1 > r2, r1 >= r2, r2 > r1, r2 <= r2)

    @total_ordering
    class Both:
        def __init__(self, n):
            self.n = n

        def __le__(self, other):
            return self.n <= other.n

        def __gt__(self, other):
            return self.n > other.n

    print(Both(1) < Both(2), Both(2) >= Both(2), Both(3) >= Both(2))

    def define_none():
        @total_ordering
        class Nothing:
            pass
        return Nothing

    attempt("no ordering", define_none)

    def numeric_compare(x, y):
        return x - y

    def reverse_len(x, y):
        return len(y) - len(x)

    print(sorted([5, 2, 4, 1, 3], key=cmp_to_key(numeric_compare)))
    print(sorted(["bb", "a", "cccc", "ddd"], key=cmp_to_key(reverse_len)))
    K = cmp_to_key(numeric_compare)
    k1, k3 = K(1), K(3)
    print(k1 < k3, k1 <= k3, k1 > k3, k1 >= k3, k1 == K(1), k1 != k3, k1.obj, type(k1).__name__)
    print(min([4, 9, 2], key=K), max([4, 9, 2], key=K))
    attempt("K vs int", lambda: k1 < 3)
    attempt("K hash", lambda: hash(k1))

    class Wrapped:
        """A callable object, which takes attributes."""

        def __call__(self, x):
            return x + 1

    def original(x):
        return x

    w = update_wrapper(Wrapped(), original)
    print(w.__name__, w.__qualname__, w.__wrapped__ is original, w(1))
    w2 = wraps(original)(Wrapped())
    print(w2.__name__, w2.__wrapped__ is original)
    print(WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES)

    def logged(func):
        @wraps(func)
        def wrapper(*args, **kwargs):
            print("call", func.__name__, args, kwargs)
            return func(*args, **kwargs)
        return wrapper

    @logged
    def area(w, h=1):
        return w * h

    print(area(3, h=4), area(5))
    attempt("update_wrapper(1, f)", lambda: update_wrapper(1, original, ("__name__",)))
