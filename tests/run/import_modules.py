# The program's own modules (tests/run/mod_*.py): each compiled once with
# the program, its top-level code run at its first import in CPython's
# order, __name__ right in each, module globals shared by every importer.
print("main starts; __name__ =", __name__)
import mod_helpers
import mod_helpers as again
import mod_user
from mod_helpers import Point, count_up_to, total

print(again is mod_helpers, mod_user.mod_helpers is mod_helpers, mod_user.Point is Point)
print(list(count_up_to(3)), mod_helpers.counter)
print(mod_user.doubled(2), mod_helpers.counter, total(), mod_helpers.counter)
print(Point(1, 2).scaled(3), mod_user.origin(), type(Point(1, 2)).__name__)
print(mod_helpers.log, mod_helpers.__name__, mod_user.__name__)

# A module's globals are the module's attributes, both ways.
mod_helpers.counter = 100
print(list(mod_helpers.count_up_to(1)), mod_helpers.counter)
mod_helpers.extra = "set from main"
print(mod_helpers.extra)
try:
    mod_helpers.missing
except AttributeError as e:
    print(e)
try:
    from mod_helpers import missing
except ImportError as e:
    print(type(e).__name__)


def late():
    import mod_user as mu
    from mod_helpers import Point as P
    return mu.origin().scaled(2), P


print(late()[0], late()[1] is Point)

import mod_cycle_a
print(mod_cycle_a.A_LATE, mod_cycle_a.mod_cycle_b.seen)

for attempt in range(2):
    try:
        import mod_broken
    except RuntimeError as e:
        print("import failed:", e)

import asyncio


async def main():
    return [x async for x in mod_helpers.agen(3)]


print(asyncio.run(main()))
mod_helpers.fail("raised in mod_helpers")
