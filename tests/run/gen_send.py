# x = yield v, send(), send(None) acting like next().

def echo():
    print("echo: started")
    received = None
    while True:
        received = yield received
        print("echo: received", repr(received))
        if received == "stop":
            return "stopped"

e = echo()
print(e.send(None))
print(e.send(1))
print(e.send("two"))
print(next(e))
print(e.send([3, 4]))
try:
    e.send("stop")
except StopIteration as stop:
    print("StopIteration value:", stop.value)

def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    print("accumulator done with", total)

acc = accumulator()
print(next(acc))
print(acc.send(5))
print(acc.send(3))
print(acc.send(-10))
try:
    acc.send(None)
except StopIteration:
    print("accumulator finished")

# The value of a bare yield expression that is resumed by next() is None.
def show_received():
    a = yield "first"
    b = yield "second"
    c = yield "third"
    print("got", a, b, c)

s = show_received()
print(next(s))
print(s.send("A"))
print(next(s))
print(next(s, "end"))

# send() after the generator finished raises StopIteration.
try:
    s.send("late")
except StopIteration as stop:
    print("late send:", repr(stop))

# yield as an expression inside other expressions
def doubler():
    x = 0
    while True:
        x = (yield x * 2) + 1

d = doubler()
print(next(d), d.send(1), d.send(10), d.send(100))
d.close()
