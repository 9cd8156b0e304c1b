# functools as programs use it: memoised recursion, partial application,
# folds, decorators, rich comparisons from one method, old-style cmp sorts.
import functools
from functools import lru_cache, partial, reduce, total_ordering, cmp_to_key, wraps, cache


@lru_cache(maxsize=None)
def ways(n, coins=(1, 5, 10, 25)):
    """Ways to make n cents."""
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


print(ways(100), ways.cache_info())
ways.cache_clear()
print(ways.cache_info())


@cache
def collatz_len(n):
    return 1 if n == 1 else 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)


best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best), collatz_len.cache_info().currsize)


@lru_cache(maxsize=2)
def load(name):
    print("  loading", name)
    return name.upper()


for n in ["a", "b", "a", "c", "b", "a"]:
    load(n)
info = load.cache_info()
print(info, info.hits, info == (2, 4, 2, 2))

int2 = partial(int, base=2)
print(int2("1011"), int2("111", base=8), int2.func is int, int2.args, int2.keywords)
greet = partial(print, "hello", sep=", ")
greet("world")
print(repr(partial(divmod, 17)).startswith("functools.partial(<built-in function divmod>, 17"))
print(list(map(partial(pow, 2), range(8))))

print(reduce(lambda acc, w: acc + len(w), ["gen", "er", "ator"], 0))
print(reduce(max, [3, 9, 2]), reduce(lambda a, b: a * b, range(1, 11)))
try:
    reduce(max, [])
except TypeError as e:
    print("TypeError:", e)


def counted(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        wrapper_calls[0] += 1
        return func(*args, **kwargs)
    return wrapper


wrapper_calls = [0]


@counted
def double(x):
    return 2 * x


print([double(i) for i in range(4)], wrapper_calls)


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return ".".join(str(p) for p in self.parts)


vs = [Version(v) for v in ["1.10", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), max(vs), Version("1.2") <= Version("1.2"), Version("2.0") >= Version("10.0"),
      Version("1.3") > Version("1.2.9"))


def by_length_then_reverse_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)


words = "the quick brown fox jumps over a lazy dog".split()
print(sorted(words, key=cmp_to_key(by_length_then_reverse_alpha)))
print(functools.reduce(lambda a, b: a | b, [{1}, {2, 3}, {3, 4}]))
