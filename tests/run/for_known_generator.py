# `for x in gen(...)` with gen a module-level generator function bound once
# is stepped by its resume function directly (yrt_gen_next_known); every
# case but a plain suspended generator takes yrt_gen_next.  Both paths, and
# what they must keep: PEP 479, return values, exceptions with tracebacks,
# finalisation at break, the recursion limit, delegation.
import sys

def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"

def leaky():
    yield 1
    raise StopIteration("inside")

def failing(n):
    yield n
    raise ValueError("failing %d" % n)

def guarded(log):
    try:
        yield 1
        yield 2
    finally:
        log.append("finally")

def delegating(n):
    r = yield from count(n)
    yield r
    yield from count(2)
    yield "end"

def nested(depth):
    if depth == 0:
        yield 0
        return
    for x in nested(depth - 1):
        yield x + 1

total = 0
for x in count(5):
    total += x
print("sum", total)

try:
    for x in leaky():
        print("leaky", x)
except RuntimeError as e:
    print("RuntimeError", e, "from", repr(e.__cause__))

try:
    for x in failing(3):
        print("failing", x)
except ValueError as e:
    print("ValueError", e)

log = []
for x in guarded(log):
    print("guarded", x, log)
    break
print("after break", log)

print(list(x for x in delegating(3)))
for x in delegating(2):
    print("delegating", x)

for x in count(0):
    print("never")
else:
    print("empty loop ran its else")

print("nested", [x for x in nested(50)])
for x in nested(30):
    print("nested loop", x)

def deep(n):
    for x in nested(n):
        yield x

try:
    for x in deep(2000):
        print("deep", x)
except RecursionError as e:
    print("RecursionError", e)

sys.setrecursionlimit(3000)
for x in deep(1500):
    print("deep with a higher limit", x)

def outer():
    for x in count(3):
        yield x * 10
    for x in count(2):
        yield x * 100

print(list(outer()))

def shadow_later(n):
    yield n

for x in shadow_later(7):
    print("shadow_later", x)
