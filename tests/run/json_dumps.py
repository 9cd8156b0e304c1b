# json.dumps: CPython's text for every kind of value, its options, and its errors.
import json
from json import dumps, JSONEncoder


def show(label, fn):
    try:
        print(label, fn())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


print(dumps([None, True, False, 0, -12, 10 ** 30, 3.0, -2.5, 1 / 3, 1e22, 5e-324]))
print(dumps([float("inf"), float("-inf"), float("nan")]))
print(dumps("tab\there \"quoted\" back\\slash / \x01 \x1f \x7f"))
print(dumps("na\xefve \u03bb \U0001f40d"), dumps("na\xefve \u03bb \U0001f40d", ensure_ascii=False))
print(dumps({"name": "yieldc", "tags": ("c", "python"), "nested": {"empty": [], "none": {}}}))
print(dumps({1: "one", 2.5: "two and a half", False: "no", None: "nothing", "s": 0}))
print(dumps({"b": [3, 1], "a": {"d": 1, "c": 2}}, sort_keys=True))
print(dumps({"b": [3, 1], "a": {"d": 1, "c": 2}}, sort_keys=True, indent=4))
print(dumps([[1, 2], {"x": [{}]}], indent=1))
print(dumps({"k": "v", "n": [1]}, indent="--"))
print(dumps({"k": "v", "n": [1]}, separators=(",", ":")))
print(dumps({"k": "v", "n": [1]}, indent=2, separators=(" ,", " = ")))
print(repr(dumps([], indent=2)), repr(dumps({}, indent=2)), repr(dumps("")))

show("complex key", lambda: dumps({(1,): 2}))
show("skipkeys", lambda: dumps({(1,): 2, "b": 3}, skipkeys=True))
show("object", lambda: dumps({"when": object()}))
show("set", lambda: dumps([1, {2}]))
show("bytes", lambda: dumps(b"raw"))
show("allow_nan", lambda: dumps([1.0, float("nan")], allow_nan=False))
show("allow_nan key", lambda: dumps({float("inf"): 1}, allow_nan=False))
show("default", lambda: dumps({"s": {3, 2, 1}, "r": range(3)}, default=list))
show("sort mixed", lambda: dumps({"a": 1, 2: 3}, sort_keys=True))
loop = {"items": []}
loop["items"].append(loop)
show("circular", lambda: dumps(loop))
loop["items"].clear()
show("not circular", lambda: dumps([[1]] * 3))
shared = [1, 2]
show("shared", lambda: dumps({"a": shared, "b": shared}))


class Money:
    def __init__(self, units, currency):
        self.units = units
        self.currency = currency


class MoneyEncoder(JSONEncoder):
    def default(self, o):
        if isinstance(o, Money):
            return {"amount": o.units / 100, "currency": o.currency}
        return super().default(o)


def by_default(o):
    if isinstance(o, Money):
        return "%d.%02d %s" % (o.units // 100, o.units % 100, o.currency)
    raise TypeError("cannot encode " + type(o).__name__)


prices = {"tea": Money(250, "EUR"), "cake": Money(1999, "GBP")}
print(dumps(prices, cls=MoneyEncoder, sort_keys=True))
print(dumps(prices, default=by_default))
show("encoder falls back", lambda: dumps([Money(1, "X"), print], cls=MoneyEncoder))
show("default raises", lambda: dumps([1, print], default=by_default))
enc = json.JSONEncoder(indent=2, sort_keys=True)
print(enc.encode({"z": [1, 2], "a": None}))
print(list(JSONEncoder().iterencode({"a": [1, "x", {"b": 2.5}]})))
print(json.dumps(dict(zip("abc", range(3))), indent=None, separators=(", ", ": ")))
