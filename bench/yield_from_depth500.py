# Row 5: a chain of 500 generators joined by `yield from`; an item is one
# value pulled through all 500 levels (CPython and yieldc resume every
# level for every item).  Within CPython's default recursion limit, which
# is raised anyway so that the depth is not what the row measures.
import sys

DEPTH = 500


def count_up_to(n):
    i = 0
    while i < n:
        yield i
        i += 1


def link(depth, n):
    if depth == 1:
        yield from count_up_to(n)
    else:
        yield from link(depth - 1, n)


sys.setrecursionlimit(10000)
n = int(sys.argv[1])
total = 0
for x in link(DEPTH, n):
    total += x
print(total)
