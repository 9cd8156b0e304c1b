# Row 6: a small generator created, drained (three items) and dropped, n
# times; an item is one generator's whole life.
import sys


def three(k):
    yield k
    yield k + 1
    yield k + 2


n = int(sys.argv[1])
total = 0
k = 0
while k < n:
    for x in three(k):
        total += x
    k += 1
print(total)
