# accumulator.py: a coroutine-style generator that adds up what it is sent
# and stops when it receives None; its grand total arrives as the
# StopIteration value.

def accumulator():
    total = 0
    while True:
        amount = yield total
        if amount is None:
            return total
        total += amount

acc = accumulator()
print("primed:", next(acc))
for amount in [10, 25, -5, 7]:
    print("added", amount, "-> running total", acc.send(amount))
try:
    acc.send(None)
except StopIteration as stop:
    print("stopped with total", stop.value)
