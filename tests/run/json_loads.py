# json.loads: every kind of JSON value, the hooks, and JSONDecodeError with
# CPython's messages, positions, lines and columns.
import json
from json import loads, JSONDecodeError

docs = [
    '{"id": 7, "name": "widget", "price": 9.99, "tags": ["a", "b"], "stock": null, "ok": true}',
    '[1, -2, 3.5, -4.25e2, 6E-3, 0, -0, 0.0, 123456789012345678901234567890]',
    '  "esc: \\" \\\\ \\/ \\b \\f \\n \\r \\t \\u0041\\u00e9\\u4e2d \\ud83c\\udf89"  ',
    '\n{\n  "deep": {"er": {"est": [[[]]]}},\n  "empty": {}\n}\n',
    '[NaN, Infinity, -Infinity]',
    '{"dup": 1, "dup": 2}',
    '"caf\u00e9 \u2603"',
    'false',
    '3',
]
for doc in docs:
    value = loads(doc)
    print(type(value).__name__, value)

print(loads(b'{"bytes": "ok \xe2\x9c\x93"}'))
print(loads('{"b": 1, "a": {"c": 2}}', object_pairs_hook=list))
print(loads('{"b": 1, "a": {"c": 2}}', object_hook=lambda d: sorted(d.items())))
print(loads('[1, 2.50, "3"]', parse_float=str, parse_int=lambda s: int(s) + 100))
print(loads('[NaN, -Infinity]', parse_constant=lambda name: "<" + name + ">"))
print(loads('["tab\there"]', strict=False))
dec = json.JSONDecoder()
print(dec.decode(' [true] '), dec.raw_decode('{"a": 1} trailing'))

bad = [
    '', '   ', 'x', '[1, 2', '[1 2]', '[1, 2,]', '{"a": 1,}', "{'a': 1}",
    '{"a" 1}', '{"a": }', '{"a": 1 "b": 2}', '"unterminated', '"bad \\q escape"',
    '"\\u12G4"', '"\\u12"', '"line\nbreak"', '[1]\n[2]', '-', '1.e5', '.5',
    'nulll', 'True', '{"a": [1, 2, {"b": [3, {"c": ]}]}',
    '{\n  "first": 1,\n  "second": 2\n  "third": 3\n}',
    '\ufeff{}',
]
for doc in bad:
    try:
        loads(doc)
        print("accepted?", repr(doc))
    except JSONDecodeError as e:
        print(repr(doc), "->", e)
        print("   ", repr(e.msg), e.pos, e.lineno, e.colno, isinstance(e, ValueError))

try:
    loads(None)
except TypeError as e:
    print("TypeError:", e)

try:
    loads("[1, 2] x")
except ValueError as e:
    print(type(e).__name__, e.args, repr(e)[:16])
