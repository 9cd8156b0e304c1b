# Slice assignment and deletion on lists: growing, shrinking, inserting,
# extended slices with CPython's size check, `del` of slices, augmented
# assignment to a slice, any iterable on the right, and the errors of
# immutable types.

def attempt(f):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)

a = list(range(8))
a[2:4] = ['x', 'y', 'z']
print(a)
a[1:6] = []
print(a)
a[1:1] = 'ins'
print(a)
a[:0] = (9, 9)
print(a)
a[len(a):] = range(3)
print(a)
a[-2:] = [None]
print(a)
a[5:2] = ['rev']
print(a)
a[:] = (c for c in 'gen')
print(a)
a[100:200] = [1]
a[-100:-99] = [0]
print(a)

b = list(range(10))
b[::2] = 'abcde'
print(b)
b[1::3] = [10, 20, 30]
print(b)
b[::-1] = range(10)
print(b)
b[7:2:-2] = ['p', 'q', 'r']
print(b)
b[::3] = iter([0, 0, 0, 0])
print(b)
b[5:5:2] = []
b[::1] = b[::-1]
print(b)
c = list(range(10))

def set_ext():
    c[::2] = [1, 2, 3]

def set_not_iterable():
    c[0:2] = 5

def set_ext_not_iterable():
    c[::2] = 5

def set_zero_step():
    c[::0] = []

def set_bad_bound():
    c['a':] = []

for f in (set_ext, set_not_iterable, set_ext_not_iterable, set_zero_step, set_bad_bound):
    attempt(f)
print(c)

d = list(range(12))
del d[::3]
print(d)
del d[1:3]
print(d)
del d[::-2]
print(d)
del d[5:1]
del d[100:]
print(d)
del d[:]
print(d)
e = list(range(10))
del e[-3::-3]
print(e)

def del_zero():
    del e[::0]

attempt(del_zero)

f = [1, 2, 3, 4, 5]
f[1:3] += ['x']
print(f)
f[::2] *= 1
print(f)
f[:2] += (7, 8)
print(f)
g = f
g[1:4] = g
print(f, g is f)
h = [0, 1, 2]
h[1:2] = h
print(h)

def s_str():
    s = 'abc'
    s[0:1] = 'x'

def d_str():
    s = 'abc'
    del s[0:1]

def d_tuple():
    t = (1, 2)
    del t[0:1]

def d_tuple_index():
    t = (1, 2)
    del t[0]

def s_tuple():
    t = (1, 2)
    t[::2] = (5,)

def s_bytes():
    bb = b'ab'
    bb[0:1] = b'x'

def d_bytes_index():
    bb = b'ab'
    del bb[0]

def s_dict():
    m = {}
    m[1:2] = 3

def s_range():
    r = range(3)
    r[0:1] = [1]

def aug_str():
    s = 'abc'
    s[0:1] += 'x'

for fn in (s_str, d_str, d_tuple, d_tuple_index, s_tuple, s_bytes, d_bytes_index, s_dict, s_range, aug_str):
    attempt(fn)

def gen_fill(lst):
    # Slice assignment inside a generator, across yields.
    for i in range(3):
        lst[i:i + 1] = [i * 10, i * 10 + 1]
        yield list(lst)
        del lst[i + 1:i + 2]

for state in gen_fill(['a', 'b', 'c']):
    print(state)

def suspended(lst):
    # The value, then the bounds, each a yield: evaluated in CPython's order.
    lst[(yield 'start'):(yield 'stop')] = (yield 'value')
    del lst[(yield 'dstart'):]
    lst[:(yield 'aug')] += [(yield 'item')]
    return lst

it = suspended(list(range(6)))
print(next(it), it.send('abc'), it.send(1), it.send(3), it.send(4), it.send(2))
try:
    it.send('z')
except StopIteration as e:
    print('done', e.value)
