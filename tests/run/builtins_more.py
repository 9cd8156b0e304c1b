# hex, oct, bin, ascii, vars; enumerate(start=), zip(strict=), sum(start=),
# list.index with bounds, iter(f, sentinel), reversed.


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class C:
    def __init__(self):
        self.a = 1
        self.b = "two"


class Slots:
    pass


for n in [0, 1, -1, 255, -255, 2**64, -2**70 - 5, True]:
    print(hex(n), oct(n), bin(n))
t("hex float", lambda: hex(1.5))
t("hex args", lambda: hex())
t("oct args", lambda: oct(1, 2))
t("bin str", lambda: bin("a"))
t("hex kw", lambda: hex(x=1))
print(ascii("é\n"), ascii([1, "ü", "ok"]), ascii(5), ascii("\U0001f600"))
t("ascii args", lambda: ascii())
c = C()
print(vars(c))
vars(c)["z"] = 9
print(c.z, vars(c) is vars(c))
print(vars(Slots()))
t("vars int", lambda: vars(1))
t("vars str", lambda: vars("abc"))
t("vars args", lambda: vars(1, 2))

print(list(enumerate("ab", start=5)), list(enumerate("ab", 1)), list(enumerate(iterable="xy")), list(enumerate(iterable="xy", start=-1)), list(enumerate(start=7, iterable="q")))
t("enumerate kw", lambda: enumerate(x=1))
t("enumerate kw2", lambda: enumerate("ab", iterable="ab"))
t("enumerate kw3", lambda: enumerate(start=1))
t("enumerate kw4", lambda: enumerate(start=2, foo=1))
t("enumerate many", lambda: enumerate("a", 1, start=2))
t("enumerate none", lambda: enumerate())

print(list(zip("ab", "cd", strict=True)), list(zip("ab", "xy", strict=False)), list(zip(strict=True)), list(zip("a", "b", strict=1)))
t("zip shorter", lambda: list(zip("abc", "xy", strict=True)))
t("zip longer", lambda: list(zip("ab", "xyz", strict=True)))
t("zip third", lambda: list(zip("ab", "xy", "z", strict=True)))
t("zip third longer", lambda: list(zip("a", "x", "yz", strict=True)))
t("zip kw", lambda: zip("a", foo=1))
z = zip("ab", "x", strict=True)
print(next(z))
t("zip next", lambda: next(z))

print(sum([1, 2], start=10), sum([1.5], start=1), sum([[1], [2]], []), sum(range(5), 100), sum([], start=[]))
t("sum kw", lambda: sum([1], foo=1))
t("sum three", lambda: sum([1], 2, start=3))
t("sum none", lambda: sum(start=2))
t("sum str", lambda: sum(["a"], start=""))

lst = [1, 2, 3, 2, 1]
print(lst.index(2), lst.index(2, 2), lst.index(1, -2), lst.index(3, 0, 3), lst.count(2), lst.count(9))
t("index range", lambda: lst.index(2, 0, 1))
t("index missing", lambda: lst.index(9))
print([1, 2] * 3, 2 * [0], [] * 5, [1] * -1, (1,) * 2, list(reversed(lst)), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(3))))
it = iter([1, 2, 3, 0, 5])
print(list(iter(it.__next__, 0)), list(it))
counter = [0]


def bump():
    counter[0] += 1
    return counter[0]


print(list(iter(bump, 4)))
t("iter callable", lambda: iter(5, 0))
