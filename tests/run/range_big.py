# range() past 64 bits: iteration, len, indexing, slicing, in, index,
# count, reversed, ==, hash, repr, and CPython's errors.


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


B = 10**20
r = range(B, B + 3)
print(r, list(r), len(r), r[0], r[-1], r[1:], r[::-1], r[::2], bool(r), bool(range(B, B)))
for x in r:
    print(x, x - B)
print(B + 1 in r, B + 3 in r, 5 in r, B + 1.0 in r, "x" in r)
print(r.index(B + 2), r.count(B), r.count(B + 7), list(reversed(r)))
print(range(B, B + 3) == range(B, B + 3), range(B, B + 10, 5) == range(B, B + 6, 5), range(B, B) == range(0), range(2**64) == range(0, 2**64, 1))
print(hash(range(B, B + 3)) == hash(range(B, B + 3)), hash(range(B, B)) == hash(range(0)), hash(range(2**64, 2**64 + 1)) == hash(range(2**64, 2**64 + 1, 7)))
big = range(0, 2**70, 2**64)
print(big, len(big), big[5], big[-1], list(big[60:]), 2**66 in big, 2**66 + 1 in big, big.index(2**68))
huge = range(-(2**80), 2**80, 3)
print(huge[0], huge[-1], huge[10**20], (2**80 - 1) in huge, 1 in huge, -2 in huge)
t("len", lambda: len(huge))
t("index out", lambda: huge[2**100])
t("index neg out", lambda: r[-4])
t("index missing", lambda: r.index(5))
t("index float", lambda: r.index(1.5))
t("step zero", lambda: range(0, B, 0))
t("float arg", lambda: range(1.5, B))
t("float arg 2", lambda: range(B, 2.5))
t("slice huge", lambda: huge[1:3])
neg = range(B + 10, B, -3)
print(neg, list(neg), len(neg), neg[-1], B + 4 in neg, B + 5 in neg, list(reversed(neg)), neg[1:3])
it = iter(r)
print(type(it).__name__, next(it), list(it))
print(list(range(2**63 - 2, 2**63 + 2)), list(range(-(2**63) + 1, -(2**63) - 2, -1)))
print(sum(range(B, B + 100)), max(range(B, B + 5)), sorted(range(B + 2, B - 1, -1))[0])
print([i for i in range(3 * B, 3 * B + 2)], dict.fromkeys(range(B, B + 2)))
t("slices", lambda: (huge[1:3], huge[::-1][:2], huge[-2:], huge[2**79:2**79 + 6:2], huge[::2**70], r[5:], r[-100:2], r[::-2], r[1:2:-1]))
t("slice zero", lambda: r[::0])
t("slice bad", lambda: r["a":])
t("small index float", lambda: (range(5).index(2.0), range(5).count(2.0), range(5).count("a"), range(B).index(3.0), range(5).index(True)))
t("small index float missing", lambda: range(5).index(1.5))
