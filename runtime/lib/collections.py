# collections.py: the collections module of yieldc, written in Python and
# compiled by yieldc into libyieldrt (runtime/lib).
#
# Design
# ------
# deque is the runtime's C type (runtime/deque.c, the private module
# _collections), a ring buffer with CPython's O(1) appends and pops at both
# ends; this module re-exports it.  The rest is program classes, because
# yieldc cannot yet derive a class from a builtin type (README "Not yet"): a
# dict or tuple subtype in C would need every dict/tuple fast path of the
# runtime (which tests the exact type) taught about subtypes, more than
# this step could do safely.  So:
#   defaultdict, Counter, OrderedDict
#                classes wrapping a dict (self._d): subscripting, len,
#                iteration, `in`, ==, repr and the dict methods programs use
#                are delegated to it.  They are NOT dict instances:
#                isinstance(x, dict) is False and dict(x) / {**x} need
#                x.items()-style iteration of keys (dict(x) works through
#                keys()/__getitem__ only where the runtime supports it).
#   namedtuple   makes a class per call; its instances hold their values in
#                a tuple (self._t) and index, unpack, compare and hash like
#                it; each field is a property reading that tuple.
# Messages are CPython 3.11's, checked against python3 by tests/run/collections_*.

from _collections import deque

_NOARG = object()


class _DictWrap:
    # The dict behaviour shared by defaultdict, Counter and OrderedDict: a
    # plain dict in self._d does the work.

    def __getitem__(self, key):
        d = self._d
        if key in d:
            return d[key]
        return self._missing(key)

    def _missing(self, key):
        raise KeyError(key)

    def __setitem__(self, key, value):
        self._d[key] = value

    def __delitem__(self, key):
        del self._d[key]

    def __len__(self):
        return len(self._d)

    def __bool__(self):
        return len(self._d) > 0

    def __iter__(self):
        return iter(self._d)

    def __reversed__(self):
        return reversed(self._d)

    def __contains__(self, key):
        return key in self._d

    def __eq__(self, other):
        if isinstance(other, _DictWrap):
            return self._d == other._d
        if isinstance(other, dict):
            return self._d == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def get(self, key, default=None):
        return self._d.get(key, default)

    def pop(self, key, default=_NOARG):
        if default is _NOARG:
            return self._d.pop(key)
        return self._d.pop(key, default)

    def popitem(self):
        return self._d.popitem()

    def setdefault(self, key, default=None):
        return self._d.setdefault(key, default)

    def update(self, other=(), **kwargs):
        if isinstance(other, _DictWrap):
            other = other._d
        self._d.update(other)
        for key in kwargs:
            self._d[key] = kwargs[key]

    def clear(self):
        self._d.clear()

    def __or__(self, other):
        if not isinstance(other, (dict, _DictWrap)):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


class defaultdict(_DictWrap):
    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        self._d = {}
        if args:
            self.update(*args)
        for key in kwargs:
            self._d[key] = kwargs[key]

    def _missing(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self._d[key] = value
        return value

    def copy(self):
        new = defaultdict(self.default_factory)
        new._d = self._d.copy()
        return new

    def __repr__(self):
        return "defaultdict(" + repr(self.default_factory) + ", " + repr(self._d) + ")"


class Counter(_DictWrap):
    def __init__(self, iterable=None, **kwargs):
        self._d = {}
        self.update(iterable, **kwargs)

    def _missing(self, key):
        return 0

    def total(self):
        return sum(self._d.values())

    def most_common(self, n=None):
        items = sorted(self._d.items(), key=_count_of, reverse=True)
        if n is None:
            return items
        if n < 0:
            n = 0
        return items[:n]

    def elements(self):
        for elem, count in self._d.items():
            i = 0
            while i < count:
                yield elem
                i += 1

    def update(self, iterable=None, **kwargs):
        d = self._d
        if iterable is not None:
            if isinstance(iterable, (dict, _DictWrap)):
                for elem, count in iterable.items():
                    d[elem] = d.get(elem, 0) + count
            else:
                for elem in iterable:
                    d[elem] = d.get(elem, 0) + 1
        if kwargs:
            self.update(kwargs)

    def subtract(self, iterable=None, **kwargs):
        d = self._d
        if iterable is not None:
            if isinstance(iterable, (dict, _DictWrap)):
                for elem, count in iterable.items():
                    d[elem] = d.get(elem, 0) - count
            else:
                for elem in iterable:
                    d[elem] = d.get(elem, 0) - 1
        if kwargs:
            self.subtract(kwargs)

    def copy(self):
        new = Counter()
        new._d = self._d.copy()
        return new

    def __delitem__(self, key):
        if key in self._d:
            del self._d[key]

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for k, v in self._d.items():
            if other[k] != v:
                return False
        for k, v in other._d.items():
            if self[k] != v:
                return False
        return True

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self._d.items():
            newcount = count + other[elem]
            if newcount > 0:
                result._d[elem] = newcount
        for elem, count in other._d.items():
            if elem not in self._d and count > 0:
                result._d[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self._d.items():
            newcount = count - other[elem]
            if newcount > 0:
                result._d[elem] = newcount
        for elem, count in other._d.items():
            if elem not in self._d and count < 0:
                result._d[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self._d.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result._d[elem] = newcount
        for elem, count in other._d.items():
            if elem not in self._d and count > 0:
                result._d[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self._d.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result._d[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self._d.items():
            if count > 0:
                result._d[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self._d.items():
            if count < 0:
                result._d[elem] = 0 - count
        return result

    def __repr__(self):
        if not self._d:
            return "Counter()"
        parts = []
        for k, v in self.most_common():
            parts.append(repr(k) + ": " + repr(v))
        return "Counter({" + ", ".join(parts) + "})"


def _count_of(item):
    return item[1]


class OrderedDict(_DictWrap):
    def __init__(self, other=(), **kwargs):
        self._d = {}
        self.update(other, **kwargs)

    def move_to_end(self, key, last=True):
        d = self._d
        value = d.pop(key)
        if last:
            d[key] = value
        else:
            rest = list(d.items())
            d.clear()
            d[key] = value
            for k, v in rest:
                d[k] = v

    def popitem(self, last=True):
        d = self._d
        if not d:
            raise KeyError("dictionary is empty")
        if last:
            return d.popitem()
        key = next(iter(d))
        return (key, d.pop(key))

    def copy(self):
        new = OrderedDict()
        new._d = self._d.copy()
        return new

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return list(self._d.items()) == list(other._d.items())
        return _DictWrap.__eq__(self, other)

    def __repr__(self):
        if not self._d:
            return "OrderedDict()"
        return "OrderedDict(" + repr(list(self._d.items())) + ")"


_KEYWORDS = ("False", "None", "True", "and", "as", "assert", "async", "await",
             "break", "class", "continue", "def", "del", "elif", "else",
             "except", "finally", "for", "from", "global", "if", "import",
             "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
             "return", "try", "while", "with", "yield")


class _NamedTuple:
    # The instances of every namedtuple class: the values in a tuple self._t;
    # the class carries _typename, _fields and _field_defaults.

    def __init__(self, *args, **kwargs):
        fields = self._fields
        nf = len(fields)
        name = self._typename
        if len(args) > nf:
            raise TypeError(name + ".__new__() takes " + str(nf + 1) + " positional argument"
                            + ("" if nf == 0 else "s") + " but " + str(len(args) + 1) + " were given")
        values = list(args)
        for k in kwargs:
            if k not in fields:
                raise TypeError(name + ".__new__() got an unexpected keyword argument '" + k + "'")
            if fields.index(k) < len(args):
                raise TypeError(name + ".__new__() got multiple values for argument '" + k + "'")
        missing = []
        i = len(args)
        while i < nf:
            f = fields[i]
            if f in kwargs:
                values.append(kwargs[f])
            elif f in self._field_defaults:
                values.append(self._field_defaults[f])
            else:
                missing.append(f)
                values.append(None)
            i += 1
        if missing:
            quoted = ["'" + f + "'" for f in missing]
            if len(quoted) == 1:
                names = quoted[0]
            elif len(quoted) == 2:
                names = quoted[0] + " and " + quoted[1]
            else:
                names = ", ".join(quoted[:-1]) + ", and " + quoted[-1]
            raise TypeError(name + ".__new__() missing " + str(len(missing)) + " required positional argument"
                            + ("" if len(missing) == 1 else "s") + ": " + names)
        self._t = tuple(values)

    def __getattr__(self, attr):
        fields = self._fields
        if attr in fields:
            return self._t[fields.index(attr)]
        raise AttributeError("'" + self._typename + "' object has no attribute '" + attr + "'")

    def __getitem__(self, i):
        return self._t[i]

    def __len__(self):
        return len(self._t)

    def __iter__(self):
        return iter(self._t)

    def __contains__(self, x):
        return x in self._t

    def __hash__(self):
        return hash(self._t)

    def __eq__(self, other):
        if isinstance(other, _NamedTuple):
            return self._t == other._t
        if isinstance(other, tuple):
            return self._t == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __lt__(self, other):
        return self._t < _as_tuple(other)

    def __le__(self, other):
        return self._t <= _as_tuple(other)

    def __gt__(self, other):
        return self._t > _as_tuple(other)

    def __ge__(self, other):
        return self._t >= _as_tuple(other)

    def __add__(self, other):
        return self._t + _as_tuple(other)

    def count(self, x):
        return self._t.count(x)

    def index(self, x):
        return self._t.index(x)

    def _asdict(self):
        return dict(zip(self._fields, self._t))

    def _replace(self, **kwargs):
        values = list(self._t)
        fields = self._fields
        bad = []
        for k in kwargs:
            if k in fields:
                values[fields.index(k)] = kwargs[k]
            else:
                bad.append(k)
        if bad:
            raise ValueError("Got unexpected field names: " + repr(bad))
        return self._make(values)

    def __repr__(self):
        parts = []
        i = 0
        for f in self._fields:
            parts.append(f + "=" + repr(self._t[i]))
            i += 1
        return self._typename + "(" + ", ".join(parts) + ")"


def _as_tuple(x):
    if isinstance(x, _NamedTuple):
        return x._t
    return x


def _field_getter(i):
    def get(self):
        return self._t[i]
    return get


def _field_setter(self, value):
    raise AttributeError("can't set attribute")


def _make_from(cls, iterable):
    t = tuple(iterable)
    if len(t) != len(cls._fields):
        raise TypeError("Expected " + str(len(cls._fields)) + " arguments, got " + str(len(t)))
    return cls(*t)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = [str(x) for x in field_names]
    typename = str(typename)
    if rename:
        seen = set()
        index = 0
        for name in list(field_names):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith("_") or name in seen):
                field_names[index] = "_" + str(index)
            seen.add(name)
            index += 1
    for name in [typename] + field_names:
        if not name.isidentifier():
            raise ValueError("Type names and field names must be valid identifiers: " + repr(name))
        if name in _KEYWORDS:
            raise ValueError("Type names and field names cannot be a keyword: " + repr(name))
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError("Field names cannot start with an underscore: " + repr(name))
        if name in seen:
            raise ValueError("Encountered duplicate field name: " + repr(name))
        seen.add(name)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError("Got more default values than field names")
        field_defaults = dict(zip(field_names[len(field_names) - len(defaults):], defaults))

    class _Record(_NamedTuple):
        @classmethod
        def _make(cls, iterable):
            return _make_from(cls, iterable)

    i = 0
    for name in field_names:
        setattr(_Record, name, property(_field_getter(i), _field_setter))
        i += 1
    _Record.__name__ = typename
    _Record.__qualname__ = typename
    _Record._typename = typename
    _Record._fields = tuple(field_names)
    _Record._field_defaults = field_defaults
    return _Record
