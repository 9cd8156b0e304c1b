# bisect as programs use it: grade tables, a sorted leaderboard kept with
# insort, range counts in a sorted list, and key= on records.
import bisect
from bisect import bisect_left, bisect_right, insort


def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in (33, 99, 77, 70, 89, 90, 100, 59)])

board = []
for name, points in [("ann", 30), ("bob", 45), ("cy", 30), ("di", 12), ("ed", 45), ("flo", 50)]:
    insort(board, (-points, name))
    print(len(board), [n for _, n in board])

data = sorted([5, 1, 9, 3, 7, 3, 3, 8, 2, 6])
print(data)
for lo, hi in [(3, 3), (2, 7), (0, 1), (10, 20)]:
    count = bisect_right(data, hi) - bisect_left(data, lo)
    print(f"{lo}..{hi}: {count}")


def index(a, x):
    """Locate the leftmost value exactly equal to x."""
    i = bisect_left(a, x)
    if i != len(a) and a[i] == x:
        return i
    raise ValueError(f"{x} not found")


print(index(data, 3), index(data, 9))
try:
    index(data, 4)
except ValueError as e:
    print("ValueError:", e)

# key= searches records sorted by a field; insort_left with key keeps them so.
movies = [("Jaws", 1975), ("Alien", 1979), ("Heat", 1995), ("Up", 2009)]
by_year = lambda m: m[1]
print(movies[bisect_left(movies, 1980, key=by_year)])
bisect.insort_left(movies, ("Tron", 1982), key=by_year)
bisect.insort_right(movies, ("Big", 1988), key=by_year)
print([title for title, _ in movies])
print(bisect_right([1, 2, 2, 3], 2, 2), bisect_left([1, 2, 2, 3], 2, 0, 2), bisect_right([1, 2], 5, 1))
for args in [([1, 2], 1, -1), ([1, 2], 1, 0.5), ([1, 2], 1, 0, "x")]:
    try:
        bisect_left(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
