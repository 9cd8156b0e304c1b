# inspect: the states of generators and coroutines as they run, and the
# predicates on functions and objects, including bound methods.
import inspect
from inspect import getgeneratorstate, GEN_CREATED


def gen():
    print("  inside:", getgeneratorstate(g))
    x = yield 1
    print("  sent", x)
    yield 2


g = gen()
print(getgeneratorstate(g), getgeneratorstate(g) == GEN_CREATED)
next(g)
print(getgeneratorstate(g))
g.send("s")
g.close()
print(getgeneratorstate(g))


async def coro():
    return 5


async def agen():
    yield 1


c = coro()
print(inspect.getcoroutinestate(c))
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value, inspect.getcoroutinestate(c))


class K:
    def method(self):
        yield self

    async def amethod(self):
        pass

    def __await__(self):
        yield


ag = agen()
things = [gen, g, coro, c, agen, ag, K, K(), K().method, K().amethod, len, inspect, lambda: 0, 5]
for name in ["isgenerator", "isgeneratorfunction", "iscoroutine", "iscoroutinefunction", "isasyncgen",
             "isasyncgenfunction", "isawaitable", "isfunction", "ismethod", "isclass", "ismodule", "isbuiltin"]:
    f = getattr(inspect, name)
    print(name, [int(f(t)) for t in things])
for bad in [lambda: getgeneratorstate(5), lambda: inspect.getcoroutinestate(g), lambda: inspect.isgenerator(),
            lambda: inspect.isgenerator(1, 2)]:
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
