"""bisect: yieldc's own implementation of the bisection module, in Python.

yieldc compiles this file with the program that imports it (runtime/lib is
the library directory).  It is written for yieldc, not taken from CPython's
Lib, which was read to match its behaviour.

What it implements: bisect_left, bisect_right, insort_left, insort_right
(each with lo, hi and key=), and bisect and insort, the same functions as
bisect_right and insort_right.

As CPython 3.11's C accelerator (_bisect) behaves: the same comparisons in
the same order (x < a[mid] for the right variants, a[mid] < x for the left
ones, with key applied to a[mid] only; the insort functions apply key to x
once), mid = (lo + hi) // 2, `hi=None` or `hi=-1` meaning len(a), a hi
beyond len(a) reaching a[mid] (IndexError), "lo must be non-negative", and
CPython's TypeErrors for a lo or hi that is not an int.  insort calls
a.insert(i, x), so any class with an insert method will do.

Differences: an argument count error has the wording of a Python function
(CPython: "bisect_right() takes at most 4 arguments (5 given)" and the
like); indexing an object that cannot be indexed says "'set' object is not
subscriptable" where CPython's C code says "'set' object does not support
indexing".
"""


def _bounds(a, lo, hi):
    """Converts lo and hi as CPython's argument conversion does (a bool is
    an int, True is 1); returns them as plain ints, hi resolved."""
    if not isinstance(lo, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(lo).__name__)
    if hi is None:
        hi = -1
    elif not isinstance(hi, int):
        raise TypeError("argument should be integer or None, not '%s'"
                        % type(hi).__name__)
    lo = int(lo)
    hi = int(hi)
    if lo < 0:
        raise ValueError("lo must be non-negative")
    if hi == -1:
        hi = len(a)
    return lo, hi


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Return the index where to insert item x in list a, assuming a is sorted.

    Items equal to x in a come before the index returned."""
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        if key is None:
            probe = a[mid]
        else:
            probe = key(a[mid])
        if x < probe:
            hi = mid
        else:
            lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Return the index where to insert item x in list a, assuming a is sorted.

    Items equal to x in a come after the index returned."""
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        if key is None:
            probe = a[mid]
        else:
            probe = key(a[mid])
        if probe < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert item x in list a, and keep it sorted assuming a is sorted.

    An item equal to x goes to the right of the equal items already there."""
    if key is None:
        i = bisect_right(a, x, lo, hi)
    else:
        i = bisect_right(a, key(x), lo, hi, key=key)
    a.insert(i, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert item x in list a, and keep it sorted assuming a is sorted.

    An item equal to x goes to the left of the equal items already there."""
    if key is None:
        i = bisect_left(a, x, lo, hi)
    else:
        i = bisect_left(a, key(x), lo, hi, key=key)
    a.insert(i, x)


bisect = bisect_right
insort = insort_right


if __name__ == "__main__":
    # Self-test: `build/yieldc run runtime/lib/bisect.py` must print what
    # `python3 runtime/lib/bisect.py` prints.
    a = [1, 2, 2, 2, 3, 5, 8, 8, 13]
    for x in (0, 1, 2, 4, 8, 13, 14):
        print(x, bisect_left(a, x), bisect_right(a, x), bisect(a, x),
              bisect_left(a, x, 2), bisect_right(a, x, 0, 4), bisect_left(a, x, 3, -1))
    print(bisect_right([], 1), bisect_left([], 1), bisect_right(a, 2, 5, 3),
          bisect_left([], 1, True), bisect_right(a, 9, False, True))
    grades = [(60, "D"), (70, "C"), (80, "B"), (90, "A")]
    for score in (33, 60, 77, 89, 90, 100):
        i = bisect_right(grades, score, key=lambda g: g[0])
        print(score, "F" if i == 0 else grades[i - 1][1])
    b = []
    for v in (5, 1, 4, 1, 5, 9, 2, 6):
        insort(b, v)
    print(b)
    c = []
    for word in ("pear", "fig", "apple", "kiwi", "plum", "date"):
        insort_left(c, word, key=len)
    print(c)
    d = []
    for word in ("pear", "fig", "apple", "kiwi", "plum", "date"):
        insort_right(d, word, key=len)
    print(d)
    pairs = [(1, "a")]
    insort_left(pairs, (1, "a"))
    insort_right(pairs, (0, "z"), 0, 1)
    print(pairs)

    class Box:
        def __init__(self, v):
            self.v = v

        def __lt__(self, other):
            print("  cmp", self.v, other.v)
            return self.v < other.v

    boxes = [Box(v) for v in (1, 3, 5, 7, 9, 11)]
    print("left", bisect_left(boxes, Box(7)))
    print("right", bisect_right(boxes, Box(7)))

    class Shelf:
        """Not a list: insort calls its insert method."""

        def __init__(self):
            self.items = []

        def __len__(self):
            return len(self.items)

        def __getitem__(self, i):
            return self.items[i]

        def insert(self, i, x):
            print("  insert", i, x)
            self.items.insert(i, x)

    s = Shelf()
    for v in (3, 1, 2):
        insort(s, v)
    print(s.items)

    for args in ((a, 1, -1), (a, 1, 1.5), (a, 1, 0, 2.5), (a, 1, 0, 20), (a, 1, "0")):
        try:
            print(bisect_left(*args))
        except (ValueError, TypeError, IndexError) as e:
            print(type(e).__name__, e)
    try:
        insort_left(a, 1, -3)
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        bisect_right([1, "x"], 2)
    except TypeError as e:
        print(type(e).__name__, e)
