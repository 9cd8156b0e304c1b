# Row 4: one `yield from` between the loop and the generator; an item is
# one value pulled through (compare gen_sum: the cost of one delegation).
import sys


def count_up_to(n):
    i = 0
    while i < n:
        yield i
        i += 1


def outer(n):
    yield from count_up_to(n)


n = int(sys.argv[1])
total = 0
for x in outer(n):
    total += x
print(total)
