# collections.deque, the runtime's C type (runtime/deque.c): every method,
# operator and message, element __eq__ calls in CPython's order, mutation
# during iteration, and a million popleft/append pairs (O(1) each).
from collections import deque


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


class Loud:
    # An element whose == prints each call.
    def __init__(self, name, key):
        self.name = name
        self.key = key

    def __eq__(self, other):
        print("  eq", self.name, "==", getattr(other, "name", other))
        return isinstance(other, Loud) and self.key == other.key

    def __lt__(self, other):
        print("  lt", self.name, "<", other.name)
        return self.key < other.key

    def __repr__(self):
        return self.name


# ---- construction ----
print(deque(), deque([1, 2]), deque("abc"), deque(range(5), 3), deque(maxlen=2))
print(deque(iterable=[1, 2], maxlen=None), deque([1], maxlen=True), deque(x * x for x in range(4)))
print(deque(range(10), 0), len(deque(range(10), maxlen=3)))
t("maxlen str", lambda: deque(maxlen="a"))
t("maxlen float", lambda: deque([1], 2.5))
t("maxlen big", lambda: deque(maxlen=2 ** 70))
t("maxlen negative", lambda: deque(maxlen=-1))
t("not iterable", lambda: deque(1))
t("None", lambda: deque(None))
t("3 args", lambda: deque([1], 2, 3))
t("bad keyword", lambda: deque(foo=1))
t("twice", lambda: deque([1], iterable=[2]))
t("type", lambda: (type(deque()), type(deque()).__name__, isinstance(deque(), deque)))

# ---- maxlen ----
d = deque([1, 2], maxlen=3)
print(d.maxlen, deque().maxlen)
t("set maxlen", lambda: setattr(d, "maxlen", 5))
t("set other", lambda: setattr(d, "foo", 5))
t("get other", lambda: d.foo)


def del_maxlen():
    del d.maxlen


t("del maxlen", del_maxlen)

# ---- the ends ----
d = deque()
d.append(1)
d.append(2)
d.appendleft(0)
d.appendleft(-1)
print(d, d.pop(), d.popleft(), d)
t("pop empty", lambda: deque().pop())
t("popleft empty", lambda: deque().popleft())
t("append no arg", lambda: d.append())
t("append 2 args", lambda: d.append(1, 2))
t("pop arg", lambda: d.pop(0))
b = deque(maxlen=3)
for i in range(6):
    b.append(i)
print(b)
for i in range(6):
    b.appendleft(i)
print(b)
z = deque(maxlen=0)
z.append(1)
z.appendleft(2)
z.extend([3, 4])
print(z, len(z))

# ---- extend, extendleft ----
d = deque([1, 2])
d.extend([3, 4])
d.extendleft("ab")
print(d)
d.extend(d)
print(d)
d.extendleft(deque([7, 8]))
print(d)
b = deque(range(3), 4)
b.extend(range(10, 13))
print(b)
b.extendleft(range(20, 23))
print(b)
t("extend int", lambda: d.extend(1))
t("extendleft int", lambda: d.extendleft(1))

# ---- rotate ----
d = deque(range(7))
for n in (1, -2, 3, 7, -15, 0, 100):
    d.rotate(n)
    print("rotate", n, d)
d.rotate()
print(d)
full = deque(range(8))  # a full ring buffer: rotate moves the head
full.rotate(3)
full.append(8)
full.rotate(-4)
print(full)
t("rotate float", lambda: d.rotate(1.0))
t("rotate big", lambda: d.rotate(2 ** 70))
t("rotate 2 args", lambda: d.rotate(1, 2))
one = deque([5])
one.rotate(3)
print(one)

# ---- clear, copy, count, index ----
d = deque([1, 2, 1, 3, 1], maxlen=9)
c = d.copy()
print(c, c is d, c == d, d.__copy__())
print(d.count(1), d.count(7), d.count(1.0))
print(d.index(1), d.index(1, 1), d.index(1, 3), d.index(3, -2), d.index(1, -100, 100), d.index(1, 2, 3))
t("index missing", lambda: d.index(7))
t("index window", lambda: d.index(3, 0, 3))
t("index big start", lambda: d.index(1, 2 ** 70))
t("index start str", lambda: d.index(1, "a"))
t("index stop None", lambda: d.index(1, 0, None))
t("index no args", lambda: d.index())
t("index 4 args", lambda: d.index(1, 2, 3, 4))
t("count no args", lambda: d.count())
c.clear()
print(c, len(c), bool(c), d)
t("clear arg", lambda: c.clear(1))

# ---- insert, remove, reverse ----
d = deque([1, 2, 3, 4, 5])
d.insert(0, "a")
d.insert(100, "z")
d.insert(-100, "A")
d.insert(2, "b")
d.insert(-2, "y")
print(d)
t("insert full", lambda: deque([1, 2], 2).insert(0, 9))
t("insert maxlen 0", lambda: deque(maxlen=0).insert(0, 9))
b = deque([1, 2], 3)
b.insert(1, 9)
print(b)
t("insert str", lambda: d.insert("a", 1))
t("insert big", lambda: d.insert(2 ** 70, 1))
t("insert 1 arg", lambda: d.insert(1))
t("insert 3 args", lambda: d.insert(1, 2, 3))
d.remove("a")
d.remove(5)
d.remove("z")
print(d)
t("remove missing", lambda: d.remove(99))
t("remove no arg", lambda: d.remove())
d.reverse()
print(d)
e = deque()
e.reverse()
print(e)

# ---- indexing, assignment, del ----
d = deque(range(10))
print(d[0], d[-1], d[5], d[-10])
d[0] = "first"
d[-1] = "last"
del d[1]
del d[-2]
del d[4]
print(d)
t("index 10", lambda: d[10])
t("index -11", lambda: d[-11])
t("index str", lambda: d["a"])
t("index slice", lambda: d[1:2])
t("index big", lambda: d[2 ** 70])


def assign(key):
    d[key] = 0


def delete(key):
    del d[key]


t("assign 99", lambda: assign(99))
t("assign str", lambda: assign("a"))
t("assign slice", lambda: assign(slice(1, 2)))
t("del 99", lambda: delete(99))
t("del -99", lambda: delete(-99))
t("del str", lambda: delete("a"))
t("del big", lambda: delete(2 ** 70))


def del_slice():
    del d[1:2]


t("del slice", del_slice)

# ---- len, bool, in, iteration, reversed ----
d = deque([3, 1, 2])
print(len(d), bool(d), bool(deque()), 1 in d, 5 in d, 5 not in d)
print(list(d), tuple(d), sorted(d), list(reversed(d)), [x * 2 for x in d], sum(d), max(d))
x, y, w = d
print(x, y, w)
it = iter(d)
print(next(it), list(it), list(it))
print(list(reversed(deque())), list(iter(deque())))
print(d.__reversed__().__next__())


def mutate_while_iterating(dq, change):
    try:
        for v in dq:
            change(dq)
        print("finished", dq)
    except RuntimeError as e:
        print("RuntimeError:", e)


mutate_while_iterating(deque([1, 2, 3]), lambda q: q.append(0))
mutate_while_iterating(deque([1, 2, 3]), lambda q: q.popleft())
mutate_while_iterating(deque([1, 2, 3]), lambda q: q.rotate(0))
mutate_while_iterating(deque([1]), lambda q: q.rotate(1))
mutate_while_iterating(deque([1, 2, 3]), lambda q: q.reverse())
def store(q):
    q[0] = 9


mutate_while_iterating(deque([1, 2, 3]), store)
mutate_while_iterating(deque([1, 2, 3]), lambda q: q.clear())
mutate_while_iterating(deque([1, 2, 3]), lambda q: q.extend([]))
mutate_while_iterating(deque([1, 2, 3]), lambda q: q.insert(1, 5))
mutate_while_iterating(deque([1, 2, 3]), lambda q: q.remove(3) if 3 in q else None)

r = reversed(deque([1, 2]))
d = deque([1, 2])
r = reversed(d)
print(next(r))
d.append(3)
t("reversed mutated", lambda: next(r))
t("reversed again", lambda: next(r))
e = deque()
it = iter(e)
e.clear()
t("clear empty keeps state", lambda: next(it))
d = deque([1])
it = iter(d)
r = reversed(d)
print(next(it), next(r))
d.append(2)
t("forward after last", lambda: next(it))
t("forward again", lambda: next(it))
t("reversed after last", lambda: next(r))
t("reversed int", lambda: reversed(deque([1, 2, 3])).__next__())

# ---- element __eq__: who is asked, in CPython's order ----
a, b2, c2 = Loud("a", 1), Loud("b", 2), Loud("c", 1)
d = deque([a, b2])
print("in:")
print(c2 in d)
print("count:")
print(d.count(c2))
print("index:")
print(d.index(c2))
print("remove:")
d.remove(Loud("b'", 2))
print(d)
print("==:")
print(deque([a, b2]) == deque([c2, Loud("d", 2)]))
print("!= with a difference:")
print(deque([a, b2]) != deque([c2, Loud("e", 3)]))
print("<:")
print(deque([a, b2]) < deque([c2, Loud("f", 3)]))
print("same object:")
print(d == d, d != d, d <= d)


class Mutator:
    def __init__(self, dq):
        self.dq = dq

    def __eq__(self, other):
        self.dq.append(0)
        return False


def with_mutator(label, left, f):
    # The Mutator and its deque are a cycle: clear() breaks it afterwards.
    m = deque([1, 2, 3])
    if left:
        m.appendleft(Mutator(m))
    else:
        m.append(Mutator(m))
    t(label, lambda: f(m))
    m.clear()


with_mutator("count mutated", False, lambda m: m.count(5))
with_mutator("index mutated", True, lambda m: m.index(5))
with_mutator("in mutated", True, lambda m: 5 in m)
with_mutator("remove mutated", True, lambda m: m.remove(5))
with_mutator("remove mutated last", False, lambda m: m.remove(5))
with_mutator("== mutated", True, lambda m: m == deque([5, 2, 3, 4]))
with_mutator("< mutated", True, lambda m: m < deque([5, 2, 3, 4]))

# ---- comparisons ----
print(deque([1, 2]) == deque([1, 2]), deque([1]) == deque([1.0]), deque([1, 2]) == [1, 2], deque() != deque([1]))
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) < deque([1, 2, 0]), deque([2]) > deque([1, 9]))
print(deque([1, 2]) <= deque([1, 2]), deque([]) >= deque([]), deque([1]) >= deque([1, 0]))
print(deque([1], maxlen=1) == deque([1]))
t("< list", lambda: deque([1]) < [1])
t("> int", lambda: deque() > 3)
t("< mixed items", lambda: deque([1, "a"]) < deque([1, 2]))
t("hash", lambda: hash(deque()))
t("set of deques", lambda: {deque()})
t("dict key", lambda: {deque([1]): 1})

# ---- + * += *= ----
d = deque([1, 2], maxlen=3)
print(d + deque([3, 4]), deque([1]) + deque([2]), d + d, d * 2, 2 * d, d * 0, d * -1, deque([1, 2, 3]) * 2)
print(deque([1, 2], maxlen=3) * 5, deque([1, 2, 3], maxlen=5) * 5, deque([1], maxlen=3) * 5, deque() * 3)
t("+ list", lambda: d + [1])
t("list +", lambda: [1] + d)
t("+ int", lambda: d + 1)
t("int +", lambda: 1 + d)
t("- deque", lambda: d - d)
t("* str", lambda: d * "a")
t("str *", lambda: "a" * d)
t("* deque", lambda: d * d)
t("* big", lambda: d * 2 ** 70)
t("call", lambda: d())
d = deque([1, 2])
alias = d
d += [3]
d += d
d += range(2)
print(d, alias is d)
d *= 2
print(d, alias is d)
d *= 1
print(len(d))
d *= 0
print(d, alias is d)


def exec_iadd():
    q = deque()
    q += 5


def exec_imul():
    q = deque([1])
    q *= "x"


t("+= int", exec_iadd)
t("*= str", exec_imul)


class Radd:
    def __radd__(self, other):
        return "radd " + repr(other)

    def __rmul__(self, other):
        return "rmul " + repr(other)


print(deque([1]) + Radd(), deque([1]) * Radd())
q = deque([1])
q += Radd()
print(q)

# ---- repr ----
print(repr(deque([1, "a", None], maxlen=5)), str(deque()), repr(deque([deque([1])])))
rec = deque([1])
rec.append(rec)
print(rec, [rec])
rec.clear()
print(type(d.append).__name__)

# ---- a million popleft/append pairs ----
q = deque(range(100))
total = 0
for i in range(1000000):
    total += q.popleft()
    q.append(i)
print(len(q), total, q[0], q[-1])
q.clear()
for i in range(100000):
    q.appendleft(i)
while len(q) > 1:
    q.pop()
print(q)
