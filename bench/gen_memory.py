# Row 7: m generators, each advanced once so that it is suspended at its
# first yield, all kept alive in a list.  bench/run.sh runs it for m and 2m
# and takes (maxRSS(2m) - maxRSS(m)) / m: the bytes of one suspended
# generator (and of its slot in the list).
import sys


def pair(k):
    x = k * 2
    yield x
    yield x + 1


m = int(sys.argv[1])
gens = []
total = 0
k = 0
while k < m:
    g = pair(k)
    total += next(g)
    gens.append(g)
    k += 1
print(len(gens), total)
