# Unpacking in displays (PEP 448): [*a, b], (*a, b), {*a, b} and `x = *a, b`,
# built left to right; CPython's errors for what is not iterable.
def gen(n):
    for i in range(n):
        print("  yield", i)
        yield i


a, b = [1, 2], "xy"
print([*a, 0, *b], (*a,), (*b, *gen(2), 9), sorted({*a, *b, 1}, key=str), [*range(3)], [*{}, *()])
x = *a, *b
print(x)
print([*gen(1), print("after"), *gen(1)])
for bad in (5, None):
    for make in (lambda: [*bad], lambda: (*bad, 1), lambda: {*bad}):
        try:
            make()
        except TypeError as e:
            print("TypeError:", e)


def failing():
    yield 1
    raise KeyError("half")


try:
    print([0, *failing()])
except KeyError as e:
    print("KeyError", e)
try:
    print({*[[1]]})
except TypeError as e:
    print("TypeError:", e)


def g2():
    got = [*(yield "first"), *(yield "second")]
    yield got


g = g2()
print(next(g), g.send([1, 2]), g.send("ab"))
try:
    a, b = *a, *b
except ValueError as e:
    print("ValueError:", e)
a, b = *a[:1], *b[:1]
print(a, b)


def pairs(xs):
    for x in xs:
        yield *x, len(x)
    return *xs, "end"


print(list(pairs(["ab", "c"])))
for item in (*"ab", *range(2)):
    print(item, end=" ")
print([*[*[a] * 2, *[b]], *(x for x in [7])])


def tail(*args):
    return *args[1:], *tail.__name__


print(tail(1, 2, 3))
import asyncio


async def agen():
    yield [1, 2]
    yield [3]


async def main():
    out = [0]
    async for xs in agen():
        out = [*out, *xs, *(await asyncio.sleep(0, [9]))]
    print(out)


asyncio.run(main())
