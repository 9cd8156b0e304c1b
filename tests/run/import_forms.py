# Every form of import yieldc has, for the runtime's modules: import M,
# import M as N, several names in one statement, from M import a, b as c,
# imports inside functions and class bodies, and the errors CPython raises
# at run time (an attribute or name the module lacks).
"""The docstring comes before the __future__ import."""
from __future__ import annotations, generator_stop
import itertools
import itertools as it, asyncio
from itertools import count, islice as take, chain
from itertools import (
    repeat,
    pairwise as pairs,
)


def gen():
    from itertools import repeat as rep
    import itertools as I
    yield from I.islice(rep("x"), 3)


def local_import():
    print("before")
    import itertools
    return itertools.count


print(list(take(count(10), 3)))
print(list(it.chain([1], [2])), list(chain.from_iterable([[3], [4]])))
print(list(gen()))
print(list(pairs(repeat(7, 3))))
print(itertools, type(itertools).__name__, itertools.__name__)
print(it is itertools, count is itertools.count, local_import() is count)
try:
    itertools.nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    from itertools import nope2
except ImportError as e:
    print(type(e).__name__, e)
try:
    getattr(it, "nope3")
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(it, "count") is count, hasattr(it, "cycle"), hasattr(it, "cycles"))


async def main():
    await asyncio.sleep(0)
    return 5


print(asyncio.run(main()))


class C:
    import itertools
    from itertools import count as cnt


print(C.itertools is itertools, C.cnt is count)

# A module attribute can be replaced, as in CPython; the module object is
# the same for every import.
saved = itertools.repeat
itertools.repeat = lambda x: [x, x]
import itertools as again
print(again.repeat(1), again is itertools)
itertools.repeat = saved
print(list(itertools.repeat(2, 2)))
del itertools
try:
    print(itertools)
except NameError as e:
    print(e)
