class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress


with CM("a") as x:
    print("body", x)

with CM("b", True) as y, CM("c") as z:
    print("body", y, z)
    raise ValueError("boom")
print("after")

try:
    with CM("d"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))


def gen():
    with CM("g"):
        yield 1
        yield 2


g = gen()
print(next(g))
g.close()
print("closed")
g = gen()
print(next(g))
try:
    g.throw(RuntimeError("thrown"))
except RuntimeError as e:
    print("out", e)


def f():
    for i in range(3):
        with CM(str(i)):
            if i == 1:
                return i
            continue


print(f())


class Res:
    def __init__(self):
        self.log = []

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.log.append("closed")


with Res() as r:
    r.log.append("used")
print(r.log)

import asyncio


class ACM:
    async def __aenter__(self):
        print("aenter")
        await asyncio.sleep(0)
        return 7

    async def __aexit__(self, et, ev, tb):
        print("aexit", et)
        return True


async def main():
    async with ACM() as v:
        print("v", v)
        raise ValueError("x")
    print("done")


asyncio.run(main())
for x in (5,):
    try:
        with x:
            pass
    except TypeError as e:
        print(e)
