# dict: popitem, fromkeys, update with keywords and pairs, dict(**kw),
# the | and |= merges, reversed(), views.


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


d = {"a": 1, "b": 2, "c": 3}
print(d.popitem(), d.popitem(), d)
d["z"] = 26
del d["a"]
print(d.popitem(), d)
t("popitem empty", lambda: {}.popitem())
t("popitem args", lambda: {1: 2}.popitem(1))
try:
    {}.popitem()
except KeyError as e:
    print("args", e.args)

t("fromkeys", lambda: (dict.fromkeys("ab"), dict.fromkeys(["x", "y"], 0), {}.fromkeys(range(3), "v"), dict.fromkeys([])))
t("fromkeys args", lambda: dict.fromkeys())
t("fromkeys iter", lambda: dict.fromkeys(1))
t("fromkeys unhashable", lambda: dict.fromkeys([[1]]))
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)

d = {1: 2}
d.update(a=3)
d.update([(5, 6), ("a", 4)])
d.update({7: 8}, b=9)
d.update()
print(d)
t("update args", lambda: d.update({}, {}))
t("update bad", lambda: d.update(1))
t("update pair", lambda: d.update([(1, 2, 3)]))
t("update elem", lambda: d.update([1]))

print(dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict([(1, 2)], z=3), dict({"x": 1}, x=2), dict(zip("ab", range(2))))
print(dict(**{"k": 1}), dict({1: 1}, **{"k": 2}), dict(), dict([]))
t("dict args", lambda: dict({}, {}))
t("dict bad", lambda: dict(5))

a = {1: "a", 2: "b"}
b = {2: "B", 3: "C"}
print(a | b, b | a, a)
c = a
c |= b
print(c, a, c is a)
c |= [(9, "nine")]
print(a)
t("or list", lambda: {1: 2} | [(3, 4)])
t("or int", lambda: {1: 2} | 1)
e = {}
try:
    e |= 5
except TypeError as exc:
    print("ior", exc)

print(list(reversed({1: 2, 3: 4, 5: 6})), list(reversed({}.keys())))
print(list(reversed(a.items())), list(reversed(a.values())))
k, it = a.keys(), a.items()
print(1 in k, 7 in k, (1, "a") in it, (1, "z") in it, 5 in it, len(k), len(it), len(a.values()))
print(k, it)
a[10] = "ten"
print(len(k), list(k)[-1])
