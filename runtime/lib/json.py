"""json: yieldc's own implementation of the json module, in Python.

yieldc compiles this file with the program that imports it (runtime/lib is
the library directory).  It is written for yieldc, not taken from CPython's
Lib, which was read to match its behaviour (its C accelerator, _json, is
what CPython 3.11 runs, so the messages and positions here are that one's).

What it implements:
- dumps(obj, *, skipkeys, ensure_ascii, check_circular, allow_nan, cls,
  indent, separators, default, sort_keys) and dump(obj, fp, ...):
  CPython's output byte for byte (float repr, NaN/Infinity, string
  escapes with and without ensure_ascii, keys coerced from int, float,
  bool and None, indent as a count or a string, separators), and its
  errors: TypeError "Object of type X is not JSON serializable", "keys
  must be str, int, float, bool or None, not X", ValueError "Circular
  reference detected" and "Out of range float values are not JSON
  compliant".  The encoder is a generator (JSONEncoder.iterencode), so
  dump() writes chunk by chunk as CPython's does.
- loads(s, *, cls, object_hook, parse_float, parse_int, parse_constant,
  object_pairs_hook, strict) and load(fp, ...): all of JSON, NaN,
  Infinity and -Infinity, with JSONDecodeError (a ValueError; its msg,
  doc, pos, lineno and colno) giving CPython's messages and positions:
  "Expecting value: line 1 column 1 (char 0)", "Extra data", "Expecting
  ',' delimiter", "Unterminated string starting at", "Invalid \\escape",
  ...; bytes input is decoded as UTF-8 (a UTF-8 BOM skipped).
- JSONEncoder (a class to derive from, overriding default()) and
  JSONDecoder (decode, raw_decode).

Left out: the scanner and encoder modules (json.scanner, json.encoder,
json.decoder as modules), detect_encoding; bytes in UTF-16 or UTF-32
(they are decoded as UTF-8 here).

Differences from CPython:
- A \\ud800-\\udfff escape that is not part of a surrogate pair cannot be
  held by a yieldc str: it gives U+FFFD.
- Nesting deeper than the recursion limit raises RecursionError with the
  message of a Python function, not the C scanner's "... while decoding a
  JSON array from a unicode string".
- JSONDecodeError's __context__ is None where CPython's is the
  StopIteration its scanner used internally (suppressed in tracebacks).
- collections' Counter, OrderedDict and defaultdict are not dict subclasses
  in yieldc, nor is a namedtuple a tuple subclass: the encoder takes them
  as the dicts and tuples they are in CPython.
"""

try:
    # yieldc's collections: the classes under its mappings and namedtuples.
    from collections import _DictWrap, _NamedTuple
except ImportError:
    # CPython (which runs this file's self-test): they are dict and tuple.
    _DictWrap = dict
    _NamedTuple = tuple

_DICTS = (dict, _DictWrap)
_SEQUENCES = (list, tuple, _NamedTuple)


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos
    """
    # CPython's class lives in json.decoder: tracebacks name it so.
    __module__ = "json.decoder"

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        super().__init__(errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


# ---------------------------------------------------------------------------
# Encoding

_ESCAPES = {
    '\\': '\\\\',
    '"': '\\"',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
}

_INFINITY = float('inf')


def _encode_str(s, ensure_ascii):
    """The JSON string literal of s."""
    if s.isascii() and s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    out = ['"']
    for c in s:
        e = _ESCAPES.get(c)
        if e is not None:
            out.append(e)
        elif c < ' ':
            out.append('\\u%04x' % ord(c))
        elif ensure_ascii and c > '~':
            n = ord(c)
            if n > 0xffff:
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
            else:
                out.append('\\u%04x' % n)
        else:
            out.append(c)
    out.append('"')
    return ''.join(out)


class JSONEncoder:
    """Extensible JSON encoder for Python data structures.

    Supports dict, list, tuple, str, int, float, True, False and None.
    Derive from it and override default() for other objects."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for o, or raise TypeError."""
        raise TypeError(f'Object of type {type(o).__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            return _encode_str(o, self.ensure_ascii)
        return ''.join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string representation as
        available."""
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        markers = {} if self.check_circular else None
        return _Iterencode(self, markers, indent).encode(o, 0)


class _Iterencode:
    """One encoding: the generators that produce its chunks."""

    def __init__(self, encoder, markers, indent):
        self.default = encoder.default
        self.markers = markers
        self.indent = indent
        self.key_separator = encoder.key_separator
        self.item_separator = encoder.item_separator
        self.sort_keys = encoder.sort_keys
        self.skipkeys = encoder.skipkeys
        self.ensure_ascii = encoder.ensure_ascii
        self.allow_nan = encoder.allow_nan

    def floatstr(self, o):
        if o != o:
            text = 'NaN'
        elif o == _INFINITY:
            text = 'Infinity'
        elif o == -_INFINITY:
            text = '-Infinity'
        else:
            return repr(o)
        if not self.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return text

    def scalar(self, o):
        """The text of a str, None, bool, int or float; None for others."""
        if isinstance(o, str):
            return _encode_str(o, self.ensure_ascii)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return repr(o)
        if isinstance(o, float):
            return self.floatstr(o)
        return None

    def enter(self, o):
        markers = self.markers
        if markers is not None:
            markerid = id(o)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers[markerid] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def encode(self, o, level):
        text = self.scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, _SEQUENCES):
            yield from self.encode_list(o, level)
        elif isinstance(o, _DICTS):
            yield from self.encode_dict(o, level)
        else:
            self.enter(o)
            yield from self.encode(self.default(o), level)
            self.leave(o)

    def encode_value(self, buf, value, level):
        """A list item, after buf (a separator)."""
        text = self.scalar(value)
        if text is not None:
            yield buf + text
        else:
            yield buf
            if isinstance(value, _SEQUENCES):
                yield from self.encode_list(value, level)
            elif isinstance(value, _DICTS):
                yield from self.encode_dict(value, level)
            else:
                yield from self.encode(value, level)

    def encode_list(self, lst, level):
        if not lst:
            yield '[]'
            return
        self.enter(lst)
        buf = '['
        indent = self.indent
        if indent is not None:
            level += 1
            newline_indent = '\n' + indent * level
            separator = self.item_separator + newline_indent
            buf += newline_indent
        else:
            newline_indent = None
            separator = self.item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            yield from self.encode_value(buf, value, level)
        if newline_indent is not None:
            level -= 1
            yield '\n' + indent * level
        yield ']'
        self.leave(lst)

    def encode_dict(self, dct, level):
        if not dct:
            yield '{}'
            return
        self.enter(dct)
        yield '{'
        indent = self.indent
        if indent is not None:
            level += 1
            newline_indent = '\n' + indent * level
            item_separator = self.item_separator + newline_indent
            yield newline_indent
        else:
            newline_indent = None
            item_separator = self.item_separator
        first = True
        if self.sort_keys:
            items = sorted(dct.items())
        else:
            items = dct.items()
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self.floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = repr(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {type(key).__name__}')
            if first:
                first = False
            else:
                yield item_separator
            yield _encode_str(key, self.ensure_ascii)
            yield self.key_separator
            text = self.scalar(value)
            if text is not None:
                yield text
            elif isinstance(value, _SEQUENCES):
                yield from self.encode_list(value, level)
            elif isinstance(value, _DICTS):
                yield from self.encode_dict(value, level)
            else:
                yield from self.encode(value, level)
        if newline_indent is not None:
            level -= 1
            yield '\n' + indent * level
        yield '}'
        self.leave(dct)


_default_encoder = JSONEncoder()


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and
            cls is None and indent is None and separators is None and
            default is None and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Serialize obj as a JSON formatted stream to fp (a .write()-supporting
    file-like object)."""
    if cls is None:
        cls = JSONEncoder
    iterable = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                   check_circular=check_circular, allow_nan=allow_nan,
                   indent=indent, separators=separators, default=default,
                   sort_keys=sort_keys, **kw).iterencode(obj)
    for chunk in iterable:
        fp.write(chunk)


# ---------------------------------------------------------------------------
# Decoding

_WHITESPACE = ' \t\n\r'
_DIGITS = '0123456789'
_HEXDIGITS = '0123456789abcdefABCDEF'
_BACKSLASH = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}
_CONSTANTS = {
    '-Infinity': float('-inf'),
    'Infinity': float('inf'),
    'NaN': float('nan'),
}


def _constant(name):
    return _CONSTANTS[name]


def _skip_ws(s, idx):
    n = len(s)
    while idx < n and s[idx] in _WHITESPACE:
        idx += 1
    return idx


class JSONDecoder:
    """Simple JSON decoder: JSON objects become dicts, arrays lists, strings
    str, numbers int or float, true/false/null True/False/None; NaN,
    Infinity and -Infinity are understood too."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """Return the Python representation of s (a str holding a JSON
        document)."""
        obj, end = self.raw_decode(s, _skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from s starting at idx: (object, index
        where the document ended)."""
        if idx < 0:
            raise ValueError("idx cannot be negative")
        return _Scanner(self, s).value(idx)


class _Scanner:
    """One decoding of the str s."""

    def __init__(self, decoder, s):
        self.decoder = decoder
        self.s = s
        self.n = len(s)

    def value(self, idx):
        """The value starting at idx: (value, end)."""
        s = self.s
        n = self.n
        if idx >= n:
            raise JSONDecodeError("Expecting value", s, idx)
        c = s[idx]
        if c == '"':
            return self.string(idx + 1)
        if c == '{':
            return self.object(idx + 1)
        if c == '[':
            return self.array(idx + 1)
        if c == 'n' and s.startswith('null', idx):
            return None, idx + 4
        if c == 't' and s.startswith('true', idx):
            return True, idx + 4
        if c == 'f' and s.startswith('false', idx):
            return False, idx + 5
        if c == 'N' and s.startswith('NaN', idx):
            return self.decoder.parse_constant('NaN'), idx + 3
        if c == 'I' and s.startswith('Infinity', idx):
            return self.decoder.parse_constant('Infinity'), idx + 8
        if c == '-' and s.startswith('-Infinity', idx):
            return self.decoder.parse_constant('-Infinity'), idx + 9
        return self.number(idx)

    def number(self, start):
        """-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][-+]?[0-9]+)?"""
        s = self.s
        n = self.n
        idx = start
        if idx < n and s[idx] == '-':
            idx += 1
        if idx < n and '1' <= s[idx] <= '9':
            idx += 1
            while idx < n and s[idx] in _DIGITS:
                idx += 1
        elif idx < n and s[idx] == '0':
            idx += 1
        else:
            raise JSONDecodeError("Expecting value", s, start)
        is_float = False
        if idx + 1 < n and s[idx] == '.' and s[idx + 1] in _DIGITS:
            is_float = True
            idx += 2
            while idx < n and s[idx] in _DIGITS:
                idx += 1
        if idx < n and (s[idx] == 'e' or s[idx] == 'E'):
            e_start = idx
            idx += 1
            if idx < n and (s[idx] == '-' or s[idx] == '+'):
                idx += 1
            while idx < n and s[idx] in _DIGITS:
                idx += 1
            if s[idx - 1] in _DIGITS:
                is_float = True
            else:
                idx = e_start
        text = s[start:idx]
        if is_float:
            return self.decoder.parse_float(text), idx
        return self.decoder.parse_int(text), idx

    def string(self, end):
        """The string whose opening quote is at end - 1: (str, end)."""
        s = self.s
        n = self.n
        begin = end - 1
        strict = self.decoder.strict
        chunks = []
        while True:
            # A run of plain characters.
            nxt = end
            while nxt < n:
                c = s[nxt]
                if c == '"' or c == '\\':
                    break
                if c < ' ' and strict:
                    raise JSONDecodeError("Invalid control character at", s, nxt)
                nxt += 1
            if nxt >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            if nxt != end:
                chunks.append(s[end:nxt])
            if s[nxt] == '"':
                end = nxt + 1
                break
            nxt += 1
            if nxt == n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            c = s[nxt]
            if c != 'u':
                end = nxt + 1
                ch = _BACKSLASH.get(c)
                if ch is None:
                    raise JSONDecodeError("Invalid \\escape", s, end - 2)
                chunks.append(ch)
                continue
            nxt += 1
            end = nxt + 4
            if end >= n:
                raise JSONDecodeError("Invalid \\uXXXX escape", s, nxt - 1)
            code = self.hex4(nxt, end)
            if 0xd800 <= code <= 0xdbff and end + 6 < n and s[end] == '\\' and s[end + 1] == 'u':
                low = self.hex4(end + 2, end + 6)
                if 0xdc00 <= low <= 0xdfff:
                    code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                    end += 6
            if 0xd800 <= code <= 0xdfff:
                code = 0xfffd  # a lone surrogate (see the top of the file)
            chunks.append(chr(code))
        return ''.join(chunks), end

    def hex4(self, start, end):
        s = self.s
        for i in range(start, end):
            if s[i] not in _HEXDIGITS:
                raise JSONDecodeError("Invalid \\uXXXX escape", s, end - 5)
        return int(s[start:end], 16)

    def object(self, idx):
        """The object whose '{' is at idx - 1: (value, end)."""
        s = self.s
        n = self.n
        pairs = []
        idx = _skip_ws(s, idx)
        if idx >= n or s[idx] != '}':
            while True:
                if idx >= n or s[idx] != '"':
                    raise JSONDecodeError("Expecting property name enclosed in double quotes", s, idx)
                key, idx = self.string(idx + 1)
                idx = _skip_ws(s, idx)
                if idx >= n or s[idx] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, idx)
                idx = _skip_ws(s, idx + 1)
                value, idx = self.value(idx)
                pairs.append((key, value))
                idx = _skip_ws(s, idx)
                if idx < n and s[idx] == '}':
                    break
                if idx >= n or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx = _skip_ws(s, idx + 1)
        decoder = self.decoder
        if decoder.object_pairs_hook is not None:
            return decoder.object_pairs_hook(pairs), idx + 1
        obj = dict(pairs)
        if decoder.object_hook is not None:
            obj = decoder.object_hook(obj)
        return obj, idx + 1

    def array(self, idx):
        """The array whose '[' is at idx - 1: (value, end)."""
        s = self.s
        n = self.n
        values = []
        idx = _skip_ws(s, idx)
        if idx >= n or s[idx] != ']':
            while True:
                value, idx = self.value(idx)
                values.append(value)
                idx = _skip_ws(s, idx)
                if idx < n and s[idx] == ']':
                    break
                if idx >= n or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx = _skip_ws(s, idx + 1)
        return values, idx + 1


_default_decoder = JSONDecoder()


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize s (a str, bytes or bytearray holding a JSON document) to a
    Python object."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    else:
        if not isinstance(s, bytes):  # (yieldc has no bytearray)
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {type(s).__name__}')
        if s.startswith(b'\xef\xbb\xbf'):
            s = s[3:]
        s = s.decode('utf-8', 'surrogatepass')
    if (cls is None and object_hook is None and parse_int is None and
            parse_float is None and parse_constant is None and
            object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize fp (a .read()-supporting file-like object holding a JSON
    document) to a Python object."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


if __name__ == "__main__":
    def attempt(label, fn):
        try:
            print(label, repr(fn()))
        except (TypeError, ValueError) as e:
            print(label, type(e).__name__, e)

    values = [None, True, False, 0, -7, 2 ** 70, 1.5, -0.0, 1e16, 1e-7, 0.1,
              float('inf'), float('-inf'), "", "plain", 'q"b\\s/',
              "\b\f\n\r\t\x00\x1f\x7f", "caf\xe9 \u20ac \U0001f600",
              [], {}, [1, [2, [3, []]]], (1, 2), {"a": {"b": [None]}}]
    for v in values:
        print(dumps(v), dumps(v, ensure_ascii=False))
    d = {"b": 1, "a": [1, 2, {"c": None}], 3: "int", 2.5: "float", True: "t",
         None: "n"}
    print(dumps(d))
    print(dumps({"z": 1, "a": 2, "m": [3, {"y": 4, "b": 5}]}, sort_keys=True))
    print(dumps(d, indent=2))
    print(dumps([1, [], {}, [2]], indent=0))
    print(dumps({"a": [1, 2]}, indent="\t", separators=(",", "=")))
    print(dumps([1, {"a": 2}], separators=(",", ":")))
    print(dumps({"k": [1, 2]}, indent=3, sort_keys=True))
    attempt("set", lambda: dumps({1, 2}))
    attempt("bytes", lambda: dumps([b"x"]))
    attempt("tuple key", lambda: dumps({(1, 2): 3}))
    attempt("skipkeys", lambda: dumps({(1, 2): 3, "ok": 4}, skipkeys=True))
    attempt("nan", lambda: dumps(float('nan'), allow_nan=False))
    attempt("mixed keys", lambda: dumps({1: 2, "a": 3}, sort_keys=True))
    attempt("default", lambda: dumps({"s": {3, 1, 2}}, default=sorted))
    cyc = [1]
    cyc.append(cyc)
    attempt("circular list", lambda: dumps(cyc))
    cd = {}
    cd["self"] = cd
    attempt("circular dict", lambda: dumps(cd))
    del cyc[1]
    del cd["self"]

    class Point:
        def __init__(self, x, y):
            self.x = x
            self.y = y

    class PointEncoder(JSONEncoder):
        def default(self, o):
            if isinstance(o, Point):
                return {"x": o.x, "y": o.y}
            return JSONEncoder.default(self, o)

    print(dumps([Point(1, 2), Point(3, 4)], cls=PointEncoder))
    attempt("encoder default", lambda: dumps([Point(1, 2), range(3)], cls=PointEncoder))
    print(list(JSONEncoder(indent=1).iterencode({"a": [1, "x"]})))

    docs = ['null', ' true ', 'false', '0', '-0', '12', '-3.25', '1e3', '2E-2',
            '1.5e+2', '12345678901234567890123', '"x"', '"a\\"b\\\\c\\/d"',
            '"\\b\\f\\n\\r\\t"', '"\\u00e9\\u20AC"', '"\\ud83d\\ude00"',
            '"caf\xe9"', '[]', '[ ]', '[1, [2, [3]], {}]', '{}',
            '{"a": 1, "b": [true, false, null], "a": 2}',
            ' {\n "k" : "v" ,\n "n":{"m":[]}\n} ', 'NaN', 'Infinity',
            '-Infinity', '[-Infinity, NaN]']
    for doc in docs:
        attempt(repr(doc), lambda: loads(doc))
    bad = ['', ' ', 'nul', '[', '[1', '[1,', '[1 2]', '[1,]', '{', '{"a"',
           '{"a":', '{"a" 1}', '{"a":1', '{"a":1,}', '{1:2}', '{"a":1 "b":2}',
           '"abc', '"a\\', '"a\\x"', '"\\u12"', '"\\u12x4"', '"a\nb"',
           '1 2', '01', '-', '-x', '1.', '1e', '1e+', '[1]]', 'tru',
           'truex', '\ufeff1', '[1,\n 2,\n x]', '{"a": [1, {"b": }]}',
           ]
    for doc in bad:
        try:
            print(repr(doc), repr(loads(doc)))
        except JSONDecodeError as e:
            print(repr(doc), type(e).__name__, e, '|', e.msg, e.pos, e.lineno, e.colno)
    attempt("bytes", lambda: loads(b'{"a": [1, "\xc3\xa9"]}'))
    attempt("bom bytes", lambda: loads(b'\xef\xbb\xbf[1]'))
    attempt("int arg", lambda: loads(3))
    attempt("object_hook", lambda: loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d)))
    attempt("pairs_hook", lambda: loads('{"b": 1, "a": 2}', object_pairs_hook=lambda p: p))
    attempt("parse_float", lambda: loads('[1.5, 2]', parse_float=lambda t: "F" + t))
    attempt("parse_int", lambda: loads('[1.5, 2]', parse_int=lambda t: int(t) * 10))
    attempt("parse_constant", lambda: loads('[NaN]', parse_constant=lambda t: t))
    attempt("strict", lambda: loads('"a\tb"', strict=False))
    attempt("raw_decode", lambda: JSONDecoder().raw_decode('[1] tail'))
    attempt("raw_decode idx", lambda: JSONDecoder().raw_decode('xx{"a":1}', 2))
    attempt("round trip", lambda: loads(dumps(d)) == {"b": 1, "a": [1, 2, {"c": None}],
                                                      "3": "int", "2.5": "float",
                                                      "true": "t", "null": "n"})
    err = JSONDecodeError("Boom", "ab\ncd\nef", 7)
    print(isinstance(err, ValueError), err.args, err.lineno, err.colno)
