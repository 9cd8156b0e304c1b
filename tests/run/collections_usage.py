# Everyday uses of the collections types: dict(counter), nested defaultdicts,
# sorting namedtuples, Counter arithmetic with signs, deque extendleft.
from collections import deque, defaultdict, Counter, OrderedDict, namedtuple
c = Counter("mississippi")
print(c, dict(c), sorted(c), max(c, key=c.get), c.most_common()[0][0])
print(f"{c}", str(c), list(c.items()), list(c.keys()), list(c.values()))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 2
nested["b"]["y"] += 1
print({k: dict(v) for k, v in nested.items()})
s = defaultdict(set)
s[1].add(2)
print(s, dict(s))
print(isinstance(c, Counter), type(c).__name__, type(s).__name__)
d = deque(x * x for x in range(4))
print(d, list(reversed(d)), d == deque([0, 1, 4, 9]), d != deque(), d.maxlen)
d.extendleft("ab")
print(d, sum(1 for _ in d))
o = OrderedDict(zip("abc", range(3)))
print(o, dict(o), o.get("b"), list(o.keys()), "a" in o)
for k in o:
    print(k, o[k])
P = namedtuple("P", ["x", "y"])
pts = [P(2, 1), P(1, 2)]
print(sorted(pts), min(pts), P(*(3, 4)), "%s and %r" % (P(1, 2), P(3, 4)))
print(c.get("s"), c.pop("m"), c, c.setdefault("z", 5))
print(Counter({"a": 2, "b": -1}), +Counter({"a": 2, "b": -1}), -Counter({"a": 2, "b": -1}))
print(Counter(a=1) == Counter(a=1, b=0), Counter("ab") != Counter("ba"))
e = c.copy()
e.clear()
print(e, len(c))
dd = defaultdict(list, {"k": [1]}, z=[2])
print(dd, dd.default_factory)
P = namedtuple("P", "x y")
p = P(1, 2)
try:
    p.x = 5
except AttributeError as e:
    print(e)
try:
    deque().maxlen = 3
except AttributeError as e:
    print(e)
print(type(p).__name__, P.__name__)
