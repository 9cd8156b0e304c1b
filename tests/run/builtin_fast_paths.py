# The runtime's fast paths for builtin types, beside their general cases:
# str == str, `is`, s[i] / lst[i] / tup[i], s[i:j], str methods called by
# name (with the protocol methods' names too), the ASCII predicates and
# whitespace of split/strip, `in` a tuple of strs, and tuples and strs made
# and dropped per item (zip, tuple() and a generator failing half-way).


def pairs(words):
    for w in words:
        yield (w, len(w))


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print("ab" == "ab", "ab" == "ac", "ab" == "abc", "" == "", "a" != "b", "é" == "é", "x" * 40 == "x" * 40)
nan = float("nan")
f, n, k, t, w = 0.5, None, 5, True, "a"
print(nan is nan, f is f, n is None, k is k, t is True, t is k, w is not None, f is not None, n is not n)
x = 2 ** 70
print(x is x, [] is [], (lambda: 1) is None)

s, u, lst, tup = "hello", "héllo wörld", [10, 20, 30], (1, "two", 3.0)
for i in (0, 2, 4, -1, -5, 5, -6, True, False, 2 ** 70):
    show("s[%r]" % (i,), lambda: s[i])
    show("u[%r]" % (i,), lambda: u[i])
    show("lst[%r]" % (i,), lambda: lst[i])
    show("tup[%r]" % (i,), lambda: tup[i])
show("s['a']", lambda: s["a"])
show("lst[1.0]", lambda: lst[1.0])

bounds = [None, -100, -3, -1, 0, 1, 3, 100, True, 2 ** 70, -2 ** 70]
out = []
for a in bounds:
    for b in bounds:
        out.append(s[a:b] + "|" + u[a:b] + "|" + s[a:b:None])
print(len(out), " ".join(out))
show("s[1:2:0]", lambda: s[1:2:0])
show("s['a':]", lambda: s["a":])
print(s[::-1], u[::2], s[-2:], s[:-2])

for t in ("7", "x", "_", "", " ", "\t\x1c", "a1", "Ab", "½", "٣", "é", "ß", "x y", "~", "\x7f"):
    print(repr(t), t.isdigit(), t.isalpha(), t.isspace(), t.isalnum(), t.isnumeric(), t.isdecimal(),
          t.isprintable(), t.isupper(), t.islower(), t.isascii())

print("a b\tc\x1cd\x85e\u3000f".split(), " x  y ".rsplit(None, 1), "\t pad \x1f".strip(), "é é".split())
print(s.__len__(), lst.__getitem__(-1), tup.__contains__("two"), {1: 2}.__contains__(1), s.__getitem__(1))
show("s.__len__(1)", lambda: s.__len__(1))
show("lst.__getitem__()", lambda: lst.__getitem__())
lst.__setitem__(0, 11)
lst.__delitem__(1)
lst.append(40)
d = {"k": 1}
print(lst, d.get("k"), d.get("z", 0), s.upper(), s.encode(), s.find("l"), "-".join(["a", "b"]))
show("s.nosuch()", lambda: s.nosuch())
show("lst.nosuch()", lambda: lst.nosuch())
show("s.isdigit(1)", lambda: s.isdigit(1))

OPS = ("**", "//", ">=", "!=")
print([op in OPS for op in ("**", "*", "!=", "", "=>", ">=")], "x" in ("x",), 1.0 in (1,), None in ("a", None))

total = 0
for w, n in pairs("the quick brown fox jumps".split()):
    total += n
print(total, list(zip([1, 2, 3], "ab")), list(zip("abc", [1], strict=False)))


def fails():
    yield "a"
    yield "b"
    raise ValueError("half-way")


show("tuple(fails())", lambda: tuple(fails()))
show("zip strict", lambda: list(zip("ab", "abc", strict=True)))
print(list(map(lambda a, b: a + b, ["x", "y"], ["1", "2", "3"])))
