# Starred assignment targets (PEP 3132): a, *b, c = iterable in assignments,
# for loops, comprehensions and generator bodies; the list in the middle;
# CPython's errors when there are too few items or no iterable at all.
import asyncio


def count(n):
    for i in range(n):
        print("  yield", i)
        yield i


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


first, *rest = count(4)
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = (1, 2)
print(a, mid, z)
*only, = {"k": 1, "j": 2}
print(only)
[p, *q] = [[1, 2], [3]]
print(p, q)
x = h, *t = (7, 8, 9)
print(x, h, t)
box = [None, None]


class Obj:
    pass


o = Obj()
o.head, *box[1] = "xyz"
print(o.head, box)

for head, *tail in [(1, 2, 3), (4,), "hi"]:
    print(head, tail)
print([(k, v) for k, *v in [[1, 2], [3]]])
print({k: len(v) for *v, k in ["ab", "cde"]})


def splitter(lines):
    for line in lines:
        cmd, *args = line.split()
        got = yield cmd, args
        if got:
            first, *others = got
            print("  sent", first, others)


def exec_unpack(v):
    a, b, *c = v
    return a, b, c


g = splitter(["go north now", "look", "take lamp and key"])
print(next(g))
print(g.send("abc"))
print(g.send(None))

show("too few", lambda: [(a, b) for a, *m, b in [[1]]])
show("too few from a generator", lambda: exec_unpack(count(1)))
show("not iterable", lambda: exec_unpack(5))
show("None", lambda: exec_unpack(None))


def failing():
    yield "first"
    raise KeyError("in the middle")


def unpack_failing():
    one, *more = failing()
    return one, more


show("fails half-way", unpack_failing)
print(exec_unpack(count(3)))


async def agen():
    for row in ("a1 b2", "c3"):
        yield row.split()


async def main():
    async for first, *more in agen():
        print("async", first, more)


asyncio.run(main())
