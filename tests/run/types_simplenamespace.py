# types.SimpleNamespace: construction, attributes, repr, comparison, and its
# use as a record in a generator pipeline.
import types
from types import SimpleNamespace


def events():
    for i, kind in enumerate(["start", "data", "data", "stop"]):
        yield SimpleNamespace(seq=i, kind=kind, payload=i * 10 if kind == "data" else None)


def only(kind, evs):
    for e in evs:
        if e.kind == kind:
            e.seen = True
            yield e


for e in only("data", events()):
    print(e)
print([e.seq for e in events()])

ns = SimpleNamespace(x=1, y="two", z=[3])
print(ns, repr(ns), ns.x, ns.y, ns.z)
ns.x += 10
ns.w = {"k": (1, 2)}
del ns.y
print(ns)
print(vars(ns))
print(getattr(ns, "missing", None), hasattr(ns, "x"), hasattr(ns, "y"))
setattr(ns, "dynamic", SimpleNamespace())
print(ns.dynamic, SimpleNamespace(inner=SimpleNamespace(deep=SimpleNamespace(v=0))))
print(ns == SimpleNamespace(x=11, z=[3], w={"k": (1, 2)}, dynamic=SimpleNamespace()))
print(SimpleNamespace(a=1, b=2) == SimpleNamespace(b=2, a=1), SimpleNamespace(a=1) != SimpleNamespace(a=2))
print(SimpleNamespace(a=1) == {"a": 1}, SimpleNamespace() == SimpleNamespace())
print(type(ns), type(ns).__name__, isinstance(ns, types.SimpleNamespace))
me = SimpleNamespace(name="me")
me.self = me
print(me)
me.self = None
kwargs = {"host": "localhost", "port": 8080}
cfg = SimpleNamespace(**kwargs, debug=False)
print(cfg, cfg.port)
for label, fn in [("positional", lambda: SimpleNamespace({"a": 1})),
                  ("hash", lambda: hash(SimpleNamespace())),
                  ("order", lambda: SimpleNamespace(a=1) < SimpleNamespace(a=2)),
                  ("missing", lambda: cfg.user)]:
    try:
        fn()
    except (TypeError, AttributeError) as e:
        print(label, type(e).__name__, e)


class Point(SimpleNamespace):
    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(x=3, y=-4)
print(p, p.norm1(), p == SimpleNamespace(x=3, y=-4))
try:
    p.z
except AttributeError as e:
    print(e)
