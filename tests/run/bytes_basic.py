# bytes values: literals with every escape, repr's quoting rules, indexing
# (an int), slicing (bytes), iteration, len, `in`, + and *, comparisons,
# hashing, truth, isinstance, str() and f-strings.

lits = [b'', b'abc', b"it's", b'say "hi"', b'both \' and "', b'\x00\x01\x7f\x80\xff',
        b'\t\n\r\\', b'\a\b\f\v', b'\101\102\7\777', b'\u1234\N{DASH}\q', rb'\x00\n',
        b'con' b"cat" rb'\d', B'upper', Rb'\raw', b'''triple
quoted''']
for b in lits:
    print(repr(b), len(b), list(b)[:6])

b = b'generator'
print(b[0], b[-1], b[2:5], b[::2], b[::-1], b[5:1:-1], b[100:], b[-3:])
for i in (0, -1, 8, -9):
    print(i, b[i])
for bad in (9, -10):
    try:
        b[bad]
    except IndexError as e:
        print('IndexError:', e)
try:
    b['x']
except TypeError as e:
    print('TypeError:', e)

print([c for c in b'AZaz09'], sum(b'\x01\x02\x03'), max(b'hello'), sorted(b'cab'))
it = iter(b'hi')
print(next(it), next(it), next(it, 'end'))
print(tuple(b'xy'), list(reversed(list(b'xy'))), dict(zip(b'ab', b'AB')))

print(b'ell' in b, b'' in b, 103 in b, 0 in b, b'xyz' in b)
for bad in ('g', 256, -1):
    try:
        print(bad in b)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)

print(b'ab' + b'cd', b'' + b'x', b'ab' * 3, 3 * b'ab', b'ab' * 0, b'ab' * -2)
for op in (lambda: b'ab' + 'cd', lambda: b'ab' + 1, lambda: 'ab' + b'cd', lambda: b'ab' * 'x',
           lambda: b'ab' - b'a'):
    try:
        op()
    except TypeError as e:
        print('TypeError:', e)

pairs = [(b'abc', b'abd'), (b'ab', b'abc'), (b'abc', b'abc'), (b'\xff', b'\x00'), (b'', b'')]
for x, y in pairs:
    print(x < y, x <= y, x == y, x != y, x > y, x >= y)
print(b'a' == 'a', b'a' != 'a', b'1' == 1, sorted([b'pear', b'apple', b'fig', b'']))
try:
    b'a' < 'a'
except TypeError as e:
    print('TypeError:', e)

print(hash(b'key') == hash(b'k' + b'ey'), hash(b'') == hash(bytes()))
d = {b'one': 1, b'two': 2}
d[b'o' + b'ne'] += 10
print(d, b'two' in d, 'two' in d)

print(bool(b''), bool(b'\x00'), not b'', b'' or b'default')
print(isinstance(b'x', bytes), isinstance('x', bytes), isinstance(b'x', str), type(b'x'), type(b'x') is bytes)
print(str(b'a\nb'), f'{b"x"}|{b"y"!r}|{b"z"!s}', format(b'q', ''), '%s' % 'ok')
print(bytes, bytes.__name__)
