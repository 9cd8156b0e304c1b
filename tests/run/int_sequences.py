# Big ints where a size or an index is expected: CPython's IndexError and
# OverflowError messages, slices that clamp big bounds, range, repetition.
lst, tup, s = [1, 2, 3], (1, 2, 3), "abc"
B = 2 ** 100

def trial(f):
    try:
        print(f())
    except (IndexError, OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

trial(lambda: lst[B])
trial(lambda: lst[-B])
trial(lambda: tup[B])
trial(lambda: s[B])
trial(lambda: range(10)[B])
trial(lambda: [1] * B)
trial(lambda: "a" * B)
trial(lambda: B * (1, 2))
trial(lambda: [1] * -B)
trial(lambda: lst.pop(B))
trial(lambda: chr(B))
trial(lambda: len(range(B)))
trial(lambda: lst[2 ** 63 - 1])
trial(lambda: lst[-(2 ** 63)])

def setitem():
    lst[B] = 0
trial(setitem)

def delitem():
    del lst[-B]
trial(delitem)
print(lst[:B], lst[-B:], lst[B:], lst[:-B], lst[::B], lst[::-B], s[-B:B], tup[1:B])
print(B in range(10), -B in range(10), 2 ** 63 in range(10), B in [B], B in {B: 1}, 3 ** 70 in (3 ** 70,))
print(lst[(2 ** 64 + 1) - 2 ** 64], s[(B + 2) % B], [0, 1] * (B // B), (2 ** 64 - 2 ** 64) * [1])
print(list(range(2 ** 62, 2 ** 62 + 3)), [i * B for i in range(3)], sum(range(10 ** 6)) * B)
