# Row 1: one generator summed by `for`; an item is one yielded value.
import sys


def count_up_to(n):
    i = 0
    while i < n:
        yield i
        i += 1


n = int(sys.argv[1])
total = 0
for x in count_up_to(n):
    total += x
print(total)
