# dict.get/items/keys/values/pop, subscripts, insertion order, del, errors.

d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d))
print(d["a"], d.get("a"), d.get("zz"), d.get("zz", "dflt"), d.get("c", 0))
print(list(d.keys()), list(d.values()), list(d.items()))
for k in d:
    print("key", k)
for k, v in d.items():
    print(k, "->", v)
print("a" in d, "zz" in d, 1 in d, "zz" not in d)
print(d.pop("a"), d)
print(d.pop("missing", "fallback"), d.pop("missing", None))
del d["b"]
print(d)
d["b"] = "re-added goes last"
print(d)

# Keys of several types.
m = {1: "int", "1": "str", (1, 2): "tuple", None: "none", 2.5: "float", True: "bool replaces 1"}
print(m)
print(m[1], m[(1, 2)], m[None], m[2.5])
print({1: "a", 1.0: "b"}, {0: "zero", False: "false"})

# Counting with get.
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)

# Augmented assignment on dict items.
scores = {"x": 1}
scores["x"] += 10
scores["x"] *= 2
print(scores)

# Dict of lists.
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    first = word[0]
    if first not in groups:
        groups[first] = []
    groups[first].append(word)
print(groups)

# Equality and nested dicts.
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} != {"a": 2})
nested = {"outer": {"inner": [1, 2]}}
nested["outer"]["inner"].append(3)
print(nested)

# values/keys/items are live views.
v = {"p": 1}
keys = v.keys()
v["q"] = 2
print(list(keys), len(keys))

try:
    print(d["nope"])
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError from pop:", e)
try:
    del d["nope"]
except KeyError as e:
    print("KeyError from del:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
