# expected.py: what main.c does to counter.py's generators, written in
# Python; CPython's output of this file is main.c's expected output.
from counter import count_up_to, accumulate  # noqa: the test runs this with CPython only

g = count_up_to(3)
while True:
    try:
        v = next(g)
    except StopIteration as e:
        print("returned", repr(e.value))
        break
    print("yielded", repr(v))
del g

g = count_up_to(10)
print("first", repr(next(g)))
print("after send(9)", repr(g.send(9)))
while True:
    try:
        next(g)
    except StopIteration as e:
        print("returned", repr(e.value))
        break
del g

acc = accumulate()
next(acc)
for i in range(1, 5):
    print("total", repr(acc.send(i * 10)))
print("after throw", repr(acc.throw(ValueError("too big"))))
print("total", repr(acc.send(5)))
acc.close()
print("closed")
del acc

acc = accumulate()
next(acc)
try:
    acc.send("x")
except TypeError as e:
    print("raised", repr(e))
del acc
