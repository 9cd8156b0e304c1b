# repr of containers that contain themselves prints "..." for the inner
# occurrence (Py_ReprEnter), as list, tuple, dict and the dict views do;
# repr of a structure nested deeper than the recursion limit raises
# RecursionError instead of overflowing the C stack.
a = [1]
print([a, a], (a, a), {1: a, 2: a})
l = []
l.append(l)
l.append(l)
print(l, str(l), repr(l), f"{l}")
d = {}
d["self"] = d
d["list"] = [d]
print(d)
t = ([], {})
t[0].append(t)
t[1]["t"] = t
print(t)
v = {}
v[1] = v.values()
print(v, v[1])
k = {}
k[2] = k.keys()
print(k)
it = {}
it[3] = it.items()
print(it, list(it.items())[0][1])
e = ValueError(l)
print(repr(e), [e])
m = [ValueError()]
m.append(KeyError(m))
print(m)

def show(x):
    return repr(x)

print(show(l), show([d, d]))

x = []
for i in range(100000):
    x = [x]
try:
    print(len(repr(x)))
except RecursionError as err:
    print("RecursionError", err)
x = {}
for i in range(100000):
    x = {i: x}
try:
    print(len(str(x)))
except RecursionError as err:
    print("RecursionError", err)
x = {}
for i in range(100000):
    x = {i: x}.values()
try:
    print(len(str(x)))
except RecursionError as err:
    print("RecursionError", err)
x = None
print(repr([[[[[[[[[[]]]]]]]]]]))

# There is no cycle collector: break the cycles.
for c in (l, d, t[0], t[1], v, k, it, m):
    c.clear()
print("end")
