# Row 3: a generator driven by send(), a running total; an item is one send.
import sys


def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x


n = int(sys.argv[1])
acc = accumulator()
next(acc)
for i in range(n):
    acc.send(i)
try:
    acc.send(None)
except StopIteration as e:
    print(e.value)
