from collections import deque
d = deque([1, 2], maxlen=3)
print(d, len(d), bool(d), 2 in d)
d.append(3); d.append(4)
print(d, d[0], d[-1])
d.appendleft(0)
print(d)
d.rotate(1); print(d)
d.rotate(-2); print(d)
print(list(reversed(d)))
x, y, z = d
print(x, y, z)
e = deque()
print(e, bool(e))
try:
    e.pop()
except IndexError as ex:
    print(ex)
def window(it, n):
    w = deque(maxlen=n)
    for x in it:
        w.append(x)
        if len(w) == n:
            yield tuple(w)
print(list(window(range(6), 3)))
d = deque([1, 2, 3])
try:
    for v in d:
        d.append(v)
except RuntimeError as ex:
    print(ex)
