# heapq as programs use it: a discrete-event scheduler on a priority queue,
# top-k queries, and merging sorted streams produced by generators.
import heapq
from heapq import heappush, heappop, merge, nlargest, nsmallest


def simulate(jobs):
    """Runs jobs (name, start, duration, repeats) in time order; equal times
    keep their scheduling order through a sequence number."""
    queue = []
    seq = 0
    for name, start, duration, repeats in jobs:
        heappush(queue, (start, seq, name, duration, repeats))
        seq += 1
    while queue:
        t, _, name, duration, repeats = heappop(queue)
        yield t, name
        if repeats > 1:
            heappush(queue, (t + duration, seq, name, duration, repeats - 1))
            seq += 1


for t, name in simulate([("backup", 5, 10, 3), ("poll", 0, 4, 6), ("report", 12, 1, 1)]):
    print(f"t={t:3} {name}")

scores = {"ann": 88, "bob": 95, "cy": 71, "di": 95, "ed": 60, "flo": 83}
print(nlargest(3, scores, key=scores.get))
print(nsmallest(2, scores.items(), key=lambda kv: kv[1]))
print(nlargest(2, [5, 1, 9, 3]), nsmallest(10, [5, 1, 9, 3]), nsmallest(1, []))


def log(name, start, step, n):
    for i in range(n):
        yield (start + i * step, name)


merged = merge(log("web", 0, 7, 5), log("db", 3, 5, 6), log("cache", 1, 11, 3))
print([f"{t}:{n}" for t, n in merged])
print(list(merge([9, 7, 7, 2], [8, 7, 1], reverse=True)))

# Running median with two heaps.
low, high = [], []          # low is a max-heap of negated values
medians = []
for x in [5, 15, 1, 3, 8, 7, 9, 10, 20, 2]:
    if not low or x <= -low[0]:
        heappush(low, -x)
    else:
        heappush(high, x)
    if len(low) > len(high) + 1:
        heappush(high, -heappop(low))
    elif len(high) > len(low):
        heappush(low, -heappop(high))
    medians.append(-low[0] if len(low) > len(high) else (-low[0] + high[0]) / 2)
print(medians)

h = [7, 2, 9, 4, 1]
heapq.heapify(h)
print(h, heapq.heapreplace(h, 6), heapq.heappushpop(h, 0), h)

try:
    heappop([])
except IndexError as e:
    print("IndexError:", e)
try:
    heappush((), 1)
except TypeError as e:
    print("TypeError:", e)


class Task:
    def __init__(self, name):
        self.name = name


try:
    heapq.heapify([(1, Task("a")), (1, Task("b"))])
except TypeError as e:
    print("TypeError:", e)
