# {**m} in dict displays (PEP 448): items in order, later keys winning, a
# mapping that is not a dict (keys() and []), CPython's error otherwise;
# inside generators, with a yield among the items.
defaults = {"color": "red", "size": 1}
over = {"size": 2, "shape": "round"}
print({**defaults, **over}, {**over, **defaults}, {"size": 0, **defaults}, {**defaults, "size": 9})
print({**{}}, {**dict(a=1), "b": 2, **{"a": 3}})


class Mapping:
    def __init__(self, d):
        self.d = d

    def keys(self):
        print("  keys()")
        return list(self.d)

    def __getitem__(self, k):
        print("  [%r]" % k)
        return self.d[k]


print({"x": 0, **Mapping({"y": 1, "z": 2})})
for bad in (5, [("a", 1)], "ab", None):
    try:
        print({**bad})
    except TypeError as e:
        print("TypeError:", e)


def configs(base):
    extra = yield {**base, "step": 0}
    while extra:
        base = {**base, **extra}
        extra = yield base


g = configs({"n": 1})
print(next(g), g.send({"n": 2, "m": 3}), g.send({"k": {**{"deep": True}}}))
print({**(yield_dict := {"w": 1}), **yield_dict})


def order(tag, value):
    print("  eval", tag)
    return value


print({order("k1", "a"): order("v1", 1), **order("m", {"a": 2}), order("k2", "b"): order("v2", 3)})
