from collections import namedtuple
Point = namedtuple('Point', 'x y')
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], p[:1], len(p))
x, y = p
print(x + y, p == (1, 2), p == Point(1, 2), tuple(p), list(p))
print(Point._fields, p._asdict(), p._replace(y=5), Point._make([3, 4]))
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0, 9])
print(P3(1), P3(1, 2), P3(a=5, c=1), P3._field_defaults)
print(hash(p) == hash((1, 2)), {p: 1}[(1, 2)] if False else 0, 2 in p, p.count(1), p.index(2))
Rec = namedtuple('Rec', 'name, score')
def records(rows):
    for name, s in rows:
        yield Rec(name, int(s))
rs = list(records([("a", "3"), ("b", "1"), ("c", "2")]))
print(rs)
print(sorted(rs, key=lambda r: r.score))
print(max(rs, key=lambda r: r.score).name)
print(namedtuple('R', 'def x _y x', rename=True)._fields)
for args in [('Point', 'x 1y'), ('Point', 'x def'), ('Point', 'x _y'), ('Point', 'x x'), ('1P', 'x')]:
    try:
        namedtuple(*args)
    except ValueError as e:
        print(e)
try:
    namedtuple('Q', 'a', defaults=(1, 2))
except TypeError as e:
    print(e)
for f in [lambda: Point(1), lambda: Point(), lambda: P3(), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point(1, x=2), lambda: Point._make([1]), lambda: p._replace(z=1), lambda: p.z]:
    try:
        f()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)


# A class's __hash__ result is the hash itself when it fits (as CPython),
# which is what lets a namedtuple hash like its tuple.
class MinusOne:
    def __hash__(self):
        return -1


class Big:
    def __hash__(self):
        return 2**62


print(hash(p) == hash((1, 2)), hash(MinusOne()), hash(Big()))
