"""A module of tests/run's programs that imports another (import_modules)."""
import mod_helpers
from mod_helpers import count_up_to as upto, Point

print("mod_user: top-level code runs; __name__ =", __name__)
mod_helpers.log.append("mod_user imported")


def doubled(n):
    return [x * 2 for x in upto(n)]


def origin():
    return Point(0, 0)
