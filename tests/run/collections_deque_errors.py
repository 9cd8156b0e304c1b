# deque's errors, each as CPython 3.11 words it.
from collections import deque

d = deque([1, 2])
full = deque([1, 2, 3], maxlen=3)
cases = [
    lambda: deque(maxlen=-1),
    lambda: deque([1], 'a'),
    lambda: deque([1], 2.5),
    lambda: deque(1),
    lambda: deque().pop(),
    lambda: deque().popleft(),
    lambda: d[2],
    lambda: d[-3],
    lambda: d['a'],
    lambda: d[1:2],
    lambda: d.index(7),
    lambda: d.index(1, 'a'),
    lambda: d.remove(7),
    lambda: full.insert(0, 9),
    lambda: d.rotate('a'),
    lambda: d.insert('a', 1),
    lambda: d + [3],
]
for f in cases:
    try:
        f()
        print("no error")
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

def mutate_while_iterating(d):
    for x in d:
        yield x
        d.append(x)

try:
    print(list(mutate_while_iterating(deque([1, 2, 3]))))
except RuntimeError as e:
    print("RuntimeError:", e)

it = iter(deque([1, 2]))
dd = deque([5, 6])
it2 = iter(dd)
print(next(it2))
dd.popleft()
try:
    next(it2)
except RuntimeError as e:
    print("RuntimeError:", e)

del d[0]
print(d, d.index(2), full.index(3, -1), full.count(2))
deque().pop()
