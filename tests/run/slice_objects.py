# slice objects: slice(stop), slice(start, stop[, step]), their attributes,
# indices(), repr, equality and ordering, unhashability (3.11), and
# seq[slice(...)] on list, str, tuple, range and bytes, with every kind of step.

def attempt(f):
    try:
        print(repr(f()))
    except (TypeError, ValueError, IndexError, AttributeError) as e:
        print(type(e).__name__ + ':', e)

s = slice(2, 10, 3)
print(s, repr(slice(5)), slice(None), slice(1, None), slice('a', [1], None), str(slice(-1, -5, -1)))
print(s.start, s.stop, s.step, slice(7).start, slice(7).stop, slice(7).step)
print(type(s), type(s) is slice, isinstance(s, slice), slice.__name__)
print(s == slice(2, 10, 3), s != slice(2, 10), s == (2, 10, 3), slice(1, 2) < slice(1, 3), slice(0) <= slice(0))
print(sorted([slice(3, 1), slice(1, 5), slice(1, 2)]))
attempt(lambda: hash(slice(1, 2)))
attempt(lambda: {slice(1): 'x'})
attempt(lambda: slice())
attempt(lambda: slice(1, 2, 3, 4))
attempt(lambda: s.nosuch)
attempt(lambda: slice(1) < slice('a'))

for sl in [slice(None), slice(2, 8), slice(None, None, -1), slice(-3, None), slice(1, -1, 2), slice(100, -100, -3),
           slice(-100, 100, 4), slice(8, 2, -2), slice(None, 3, -1)]:
    print(sl, sl.indices(10), sl.indices(0), sl.indices(3))
attempt(lambda: slice(1, 2, 0).indices(5))
attempt(lambda: slice(1).indices(-1))
attempt(lambda: slice(1).indices('5'))
attempt(lambda: slice('a').indices(5))
attempt(lambda: slice(1).indices())

L = list(range(10))
T = tuple('abcdefghij')
S = 'abcdefghij'
R = range(100, 110)
B = bytes(range(65, 75))
for sl in [slice(3), slice(2, 7), slice(None, None, 2), slice(None, None, -1), slice(-2, None, -3), slice(7, 2, -2),
           slice(-100, 100), slice(5, 5), slice(9, -20, -4), slice(None, None, 4)]:
    print(L[sl], T[sl], S[sl], R[sl], B[sl])
for seq in (L, T, S, R, B):
    attempt(lambda: seq[slice(1, 2, 0)])
    attempt(lambda: seq[slice('x', 2)])
    attempt(lambda: seq[::0])
print(L[1:9:3], S[::-3], R[::-4], B[-1:-4:-1], T[10:0:-3])
print('héllo wörld'[::-1], 'héllo wörld'[slice(1, None, 2)], 'héllo'[slice(-1)])
print(L[2 ** 70:], L[-2 ** 70:2], L[::2 ** 70], L[::-2 ** 70])
attempt(lambda: {1: 2}[slice(1)])
attempt(lambda: {1: 2}[1:2])
attempt(lambda: (5)[slice(1)])
attempt(lambda: None[1:2])
