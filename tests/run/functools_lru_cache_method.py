# lru_cache and cache on methods: the wrapper is a descriptor, so the
# instance is bound (and is part of the cache key), as in CPython.
from functools import lru_cache, cache


class Fib:
    def __init__(self, name):
        self.name = name
        self.calls = 0

    @lru_cache(maxsize=None)
    def fib(self, n):
        self.calls += 1
        return n if n < 2 else self.fib(n - 1) + self.fib(n - 2)

    @cache
    def label(self, k):
        self.calls += 1
        return f"{self.name}:{k}"

    def __repr__(self):
        return f"Fib({self.name!r})"

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        return isinstance(other, Fib) and other.name == self.name


a = Fib("a")
b = Fib("b")
print(a.fib(30), a.calls)
print(a.fib(30), a.calls)
print(b.fib(10), b.calls)
print(Fib.fib.cache_info())
print(a.label(1), a.label(1), a.calls)
print(Fib.label.cache_info())
m = a.fib
print(m(5), m.__self__ is a)
print(Fib.fib(a, 6))
Fib.fib.cache_clear()
print(Fib.fib.cache_info())
try:
    a.fib()
except TypeError as e:
    print("TypeError:", e)
