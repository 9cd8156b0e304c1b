def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))

print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9, d=0))
print(f(*[1, 2, 3], **{'c': 1, 'z': 2}))
def g(x, /, y, *, z):
    return x + y + z
print(g(1, y=2, z=3))
def h(n, acc=[]):
    acc.append(n)
    return acc
print(h(1), h(2))
fs = []
for i in range(3):
    def k(x=i):
        return x
    fs.append(k)
print([q() for q in fs])
lam = lambda a, b=10, *r, **kw: (a, b, r, kw)
print(lam(1), lam(1, 2, 3, x=4))
print(sorted([3, 1, 2], reverse=True), min([3, 1, 2], key=lambda v: -v), max([], default='none'))
print("a", "b", sep="-", end="!\n")
words = "a b c d".split(maxsplit=2)
print(words)
xs = [5, 3, 9]; xs.sort(key=lambda v: v % 4); print(xs)
def gen(n, *, step=1):
    i = 0
    while i < n:
        yield i
        i += step
print(list(gen(10, step=3)))
tests = [lambda: f(), lambda: f(1), lambda: f(1, 2, c=1, a=1), lambda: g(x=1, y=2, z=3), lambda: f(1, c=1, **{'c': 2}),
         lambda: len(x=1), lambda: print(1, foo=2), lambda: [].append(x=1), lambda: h(1, 2, 3), lambda: g(1, 2, 3),
         lambda: f(*5, c=1), lambda: f(1, c=2, **[1])]
for t in tests:
    try:
        t()
        print("ok")
    except TypeError as e:
        print("TypeError:", e)


# Keyword arguments and unpacking in every kind of call.
def show(*args, **kwargs):
    return "show" + repr(args) + repr(sorted(kwargs.items()))


print(show(1, *(2, 3), 4, *[], x=1, **{"y": 2}, z=3, **{}))
print(show(**{"a": 1}, b=2))
print(sorted(iterable=[2, 1]) if False else sorted([2, 1], key=None))


def outer(base):
    def inner(x, scale=base, *, offset=base * 2):
        return x * scale + offset
    return inner


add = outer(3)
print(add(1), add(1, 2), add(1, offset=0), add(x=5))


async def co(a, b=1, *, c=2):
    return a + b + c


def drive(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value


print(drive(co(1)), drive(co(1, c=10)), drive(co(b=0, a=5)))
print("x".split(sep="x"), "a\nb".splitlines(keepends=True))
