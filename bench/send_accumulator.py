# A generator driven by send(): a running total of 2,000,000 values.
def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x

acc = accumulator()
next(acc)
for i in range(2000000):
    acc.send(i)
try:
    acc.send(None)
except StopIteration as e:
    print(e.value)
