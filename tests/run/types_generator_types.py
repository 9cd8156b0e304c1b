# types.GeneratorType, CoroutineType, AsyncGeneratorType: type() and
# isinstance of the runtime's objects, and code that dispatches on them.
import types
from types import GeneratorType, CoroutineType, AsyncGeneratorType


def count(n):
    for i in range(n):
        yield i


async def fetch(x):
    return x * 2


async def ticks(n):
    for i in range(n):
        yield i


def describe(obj):
    if isinstance(obj, GeneratorType):
        return "generator " + obj.__name__
    if isinstance(obj, CoroutineType):
        return "coroutine " + obj.__name__
    if isinstance(obj, AsyncGeneratorType):
        return "async generator " + obj.__name__
    return "other " + type(obj).__name__


def flatten(items):
    """Expand nested generators, lists of them, and plain values."""
    for item in items:
        if type(item) is types.GeneratorType or isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


g = count(3)
c = fetch(1)
a = ticks(2)
for obj in [g, c, a, [1], (x for x in "ab"), len, describe]:
    print(describe(obj))
print(types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType)
print(type(g) is types.GeneratorType, type(c) is types.GeneratorType, type(a) is types.AsyncGeneratorType)
print(types.GeneratorType.__name__, types.CoroutineType.__name__, types.AsyncGeneratorType.__name__)
print(list(flatten([1, count(2), [count(3), 9, (y for y in [7, 8])], "s"])))
c.close()
print(isinstance(g, (types.CoroutineType, types.GeneratorType)), issubclass(type(g), types.GeneratorType))
