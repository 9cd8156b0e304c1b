"""operator: yieldc's own implementation of the operator module, in Python.

yieldc compiles this file with the program that imports it (runtime/lib is
the library directory).  It is written for yieldc, not taken from CPython's
Lib, which was read to match its behaviour.

What it implements: the comparison functions (lt, le, eq, ne, ge, gt),
not_, truth, is_, is_not, the arithmetic and bitwise functions (abs, add,
and_, floordiv, index, inv, invert, lshift, mod, mul, neg, or_, pos, pow,
rshift, sub, truediv, xor), the sequence functions (concat, contains,
countOf, delitem, getitem, indexOf, setitem), the in-place functions
(iadd, iand, iconcat, ifloordiv, ilshift, imod, imul, ior, ipow, irshift,
isub, itruediv, ixor), call, the dunder aliases (__add__ and the rest) and
the callables attrgetter (dotted names too), itemgetter and methodcaller,
with CPython's reprs ("operator.itemgetter(1)") and argument errors.

Left out: matmul, imatmul and __matmul__ (yieldc does not compile the `@`
operator yet), and length_hint (yieldc's iterators have no
__length_hint__).

Differences from CPython: the functions are Python functions, so their repr
is "<function add at 0x...>" rather than "<built-in function add>", and a
wrong number of arguments has a Python function's message ("add() missing
1 required positional argument: 'b'"; CPython: "add expected 2 arguments,
got 1").  index() takes ints (and bools) only: yieldc classes cannot define
__index__ yet.
"""

# The builtin abs, bound before this module's own abs() shadows it.
_builtin_abs = abs


def lt(a, b, /):
    "Same as a < b."
    return a < b


def le(a, b, /):
    "Same as a <= b."
    return a <= b


def eq(a, b, /):
    "Same as a == b."
    return a == b


def ne(a, b, /):
    "Same as a != b."
    return a != b


def ge(a, b, /):
    "Same as a >= b."
    return a >= b


def gt(a, b, /):
    "Same as a > b."
    return a > b


def not_(a, /):
    "Same as not a."
    return not a


def truth(a, /):
    "Return True if a is true, False otherwise."
    return True if a else False


def is_(a, b, /):
    "Same as a is b."
    return a is b


def is_not(a, b, /):
    "Same as a is not b."
    return a is not b


def abs(a, /):
    "Same as abs(a)."
    return _builtin_abs(a)


def add(a, b, /):
    "Same as a + b."
    return a + b


def and_(a, b, /):
    "Same as a & b."
    return a & b


def floordiv(a, b, /):
    "Same as a // b."
    return a // b


def index(a, /):
    "Same as a.__index__()."
    if isinstance(a, int):
        return int(a)
    raise TypeError("'%s' object cannot be interpreted as an integer"
                    % type(a).__name__)


def inv(a, /):
    "Same as ~a."
    return ~a


invert = inv


def lshift(a, b, /):
    "Same as a << b."
    return a << b


def mod(a, b, /):
    "Same as a % b."
    return a % b


def mul(a, b, /):
    "Same as a * b."
    return a * b


def neg(a, /):
    "Same as -a."
    return -a


def or_(a, b, /):
    "Same as a | b."
    return a | b


def pos(a, /):
    "Same as +a."
    return +a


def pow(a, b, /):
    "Same as a ** b."
    return a ** b


def rshift(a, b, /):
    "Same as a >> b."
    return a >> b


def sub(a, b, /):
    "Same as a - b."
    return a - b


def truediv(a, b, /):
    "Same as a / b."
    return a / b


def xor(a, b, /):
    "Same as a ^ b."
    return a ^ b


def _is_sequence(a):
    """CPython's PySequence_Check: indexable and not a dict."""
    if isinstance(a, (list, tuple, str, bytes, range)):
        return True
    if isinstance(a, (dict, int, float, set, frozenset)) or a is None:
        return False
    return hasattr(a, "__getitem__")


def _concat_check(a, b, inplace):
    """Raises CPython's TypeError when a + b is no sequence concatenation."""
    if isinstance(a, (list, tuple, str, bytes)):
        return
    if _is_sequence(a) and _is_sequence(b):
        cls = type(a)
        if hasattr(cls, "__add__") or hasattr(type(b), "__radd__"):
            return
        if inplace and hasattr(cls, "__iadd__"):
            return
    raise TypeError("'%s' object can't be concatenated" % type(a).__name__)


def concat(a, b, /):
    "Same as a + b, for a and b sequences."
    _concat_check(a, b, False)
    return a + b


def contains(a, b, /):
    "Same as b in a (note reversed operands)."
    return b in a


def countOf(a, b, /):
    "Return the number of items in a which are, or which equal, b."
    n = 0
    for item in a:
        if item is b or item == b:
            n += 1
    return n


def delitem(a, b, /):
    "Same as del a[b]."
    del a[b]


def getitem(a, b, /):
    "Same as a[b]."
    return a[b]


def indexOf(a, b, /):
    "Return the first index of b in a."
    i = 0
    for item in a:
        if item is b or item == b:
            return i
        i += 1
    raise ValueError("sequence.index(x): x not in sequence")


def setitem(a, b, c, /):
    "Same as a[b] = c."
    a[b] = c


def call(obj, /, *args, **kwargs):
    "Same as obj(*args, **kwargs)."
    return obj(*args, **kwargs)


def iadd(a, b, /):
    "Same as a += b."
    a += b
    return a


def iand(a, b, /):
    "Same as a &= b."
    a &= b
    return a


def iconcat(a, b, /):
    "Same as a += b, for a and b sequences."
    _concat_check(a, b, True)
    a += b
    return a


def ifloordiv(a, b, /):
    "Same as a //= b."
    a //= b
    return a


def ilshift(a, b, /):
    "Same as a <<= b."
    a <<= b
    return a


def imod(a, b, /):
    "Same as a %= b."
    a %= b
    return a


def imul(a, b, /):
    "Same as a *= b."
    a *= b
    return a


def ior(a, b, /):
    "Same as a |= b."
    a |= b
    return a


def ipow(a, b, /):
    "Same as a **= b."
    a **= b
    return a


def irshift(a, b, /):
    "Same as a >>= b."
    a >>= b
    return a


def isub(a, b, /):
    "Same as a -= b."
    a -= b
    return a


def itruediv(a, b, /):
    "Same as a /= b."
    a /= b
    return a


def ixor(a, b, /):
    "Same as a ^= b."
    a ^= b
    return a


def _one_argument(name, args, kwargs):
    """The argument check of CPython's attrgetter/itemgetter/methodcaller
    calls: exactly one positional argument, no keywords."""
    if kwargs:
        raise TypeError("%s() takes no keyword arguments" % name)
    if len(args) != 1:
        raise TypeError("%s expected 1 argument, got %d" % (name, len(args)))
    return args[0]


class attrgetter:
    """Return a callable object that fetches the given attribute(s) from its
    operand.  attrgetter('name.first') fetches obj.name.first."""

    def __init__(self, *attrs):
        if not attrs:
            raise TypeError("attrgetter expected 1 argument, got 0")
        for attr in attrs:
            if not isinstance(attr, str):
                raise TypeError("attribute name must be a string")
        self._attrs = attrs
        self._paths = [attr.split(".") for attr in attrs]

    def __call__(self, *args, **kwargs):
        obj = _one_argument("attrgetter", args, kwargs)
        if len(self._paths) == 1:
            return _resolve(obj, self._paths[0])
        return tuple([_resolve(obj, path) for path in self._paths])

    def __repr__(self):
        return "operator.attrgetter(%s)" % ", ".join([repr(a) for a in self._attrs])


def _resolve(obj, path):
    for name in path:
        obj = getattr(obj, name)
    return obj


class itemgetter:
    """Return a callable object that fetches the given item(s) from its
    operand.  itemgetter(1, 3) fetches (r[1], r[3])."""

    def __init__(self, *items):
        if not items:
            raise TypeError("itemgetter expected 1 argument, got 0")
        self._items = items

    def __call__(self, *args, **kwargs):
        obj = _one_argument("itemgetter", args, kwargs)
        items = self._items
        if len(items) == 1:
            return obj[items[0]]
        return tuple([obj[i] for i in items])

    def __repr__(self):
        return "operator.itemgetter(%s)" % ", ".join([repr(i) for i in self._items])


class methodcaller:
    """Return a callable object that calls the given method on its operand.
    methodcaller('split', ',', maxsplit=1) calls r.split(',', maxsplit=1)."""

    def __init__(self, *args, **kwargs):
        if not args:
            raise TypeError("methodcaller needs at least one argument, the method name")
        if not isinstance(args[0], str):
            raise TypeError("method name must be a string")
        self._name = args[0]
        self._args = args[1:]
        self._kwargs = kwargs

    def __call__(self, *args, **kwargs):
        obj = _one_argument("methodcaller", args, kwargs)
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)]
        for a in self._args:
            parts.append(repr(a))
        for k, v in self._kwargs.items():
            parts.append("%s=%r" % (k, v))
        return "operator.methodcaller(%s)" % ", ".join(parts)


__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__not__ = not_
__abs__ = abs
__add__ = add
__and__ = and_
__floordiv__ = floordiv
__index__ = index
__inv__ = inv
__invert__ = invert
__lshift__ = lshift
__mod__ = mod
__mul__ = mul
__neg__ = neg
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__sub__ = sub
__truediv__ = truediv
__xor__ = xor
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__getitem__ = getitem
__setitem__ = setitem
__call__ = call
__iadd__ = iadd
__iand__ = iand
__iconcat__ = iconcat
__ifloordiv__ = ifloordiv
__ilshift__ = ilshift
__imod__ = imod
__imul__ = imul
__ior__ = ior
__ipow__ = ipow
__irshift__ = irshift
__isub__ = isub
__itruediv__ = itruediv
__ixor__ = ixor


if __name__ == "__main__":
    # Self-test: `build/yieldc run runtime/lib/operator.py` must print what
    # `python3 runtime/lib/operator.py` prints.
    def attempt(label, f):
        try:
            print(label, repr(f()))
        except Exception as e:
            print(label, type(e).__name__, e)

    for f in (lt, le, eq, ne, ge, gt, is_, is_not):
        print(f.__name__, f(1, 2), f(2, 2), f(3, 2), f(2.5, 2))
    print(eq(None, None), ne(None, 0), is_(None, None), is_not(None, None))
    for f in (add, sub, mul, floordiv, mod, pow, lshift, rshift, and_, or_, xor, truediv):
        print(f.__name__, f(13, 5), f(-7, 2))
    print(neg(5), pos(-5), abs(-3), inv(5), invert(-1), not_(0), truth([]), truth("x"))
    print(index(7), index(True), __add__(1, 2), __not__(1), __abs__(-2.5))
    attempt("index float", lambda: index(1.5))
    attempt("add str int", lambda: add("a", 1))
    print(concat([1], [2]), concat("ab", "c"), concat((1,), (2,)))
    attempt("concat int", lambda: concat(1, 2))
    attempt("concat list tuple", lambda: concat([1], (2,)))
    attempt("concat dict", lambda: concat({}, {}))
    attempt("iconcat int", lambda: iconcat(1, [2]))
    print(contains([1, 2], 2), contains("abc", "d"))
    nan = float("nan")
    print(countOf([1, 2, 1, nan, 1.0], 1), countOf([nan, nan], nan), indexOf("hello", "l"))
    attempt("indexOf", lambda: indexOf([1, 2], 3))
    d = {"a": 1}
    setitem(d, "b", 2)
    print(getitem(d, "b"), getitem([1, 2, 3], slice(1, None)))
    delitem(d, "a")
    print(d)
    attempt("getitem", lambda: getitem({}, "k"))
    lst = [1]
    r = iadd(lst, [2])
    print(r is lst, lst, iadd(1, 2), isub(5, 2), imul("ab", 2), itruediv(7, 2),
          ifloordiv(7, 2), imod(7, 3), ipow(2, 10), ilshift(1, 4), irshift(64, 2),
          iand(6, 3), ior(6, 3), ixor(6, 3), iconcat([1], (2,)))
    print(call(max, 3, 9, 4), call(sorted, [3, 1], reverse=True))

    class P:
        def __init__(self, name, age, child=None):
            self.name = name
            self.age = age
            self.child = child

        def greet(self, greeting, punct="!"):
            return greeting + ", " + self.name + punct

    people = [P("ann", 31, P("bo", 3)), P("cy", 25), P("di", 40)]
    by_age = attrgetter("age")
    print(by_age, [p.name for p in sorted(people, key=by_age)])
    ag = attrgetter("name", "child.name")
    print(ag, ag(people[0]))
    attempt("dotted missing", lambda: ag(people[1]))
    rows = [("b", 2, "x"), ("a", 3, "y"), ("c", 1, "z")]
    ig = itemgetter(1)
    print(ig, sorted(rows, key=ig), itemgetter(2, 0)(rows[0]), itemgetter("k")({"k": 9}))
    print(itemgetter(slice(0, 2))("abcdef"), repr(itemgetter("a", 1)))
    mc = methodcaller("greet", "hi", punct="?")
    print(mc, mc(people[2]), methodcaller("upper")("abc"), methodcaller("split", ",", 1))
    print(type(mc).__name__, list(map(methodcaller("strip"), [" a ", "b "])))
    attempt("itemgetter()", lambda: itemgetter())
    attempt("attrgetter()", lambda: attrgetter())
    attempt("attrgetter(1)", lambda: attrgetter(1))
    attempt("methodcaller()", lambda: methodcaller())
    attempt("methodcaller(1)", lambda: methodcaller(1))
    attempt("call none", lambda: ig())
    attempt("call two", lambda: ig([1, 2], 3))
    attempt("call kw", lambda: ig(obj=[1, 2]))
    attempt("ag none", lambda: by_age())
    attempt("mc none", lambda: mc())
    attempt("index error", lambda: ig([]))
    attempt("no attribute", lambda: by_age(3))
