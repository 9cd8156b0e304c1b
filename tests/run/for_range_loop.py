# `for x in range(...)` counts in C while range's arguments are 64-bit
# ints, and falls back on a range iterator otherwise (big ints, bools are
# ints); range's errors are the same either way.


def evens_then_countdown(n):
    for i in range(n):          # the counter lives in the frame across yields
        yield i * 2
    for j in range(n, 0, -3):
        yield j
    for k in range(True, 5):    # bool arguments are ints
        if k == 3:
            break
        yield k
    else:
        yield "not reached"


print(list(evens_then_countdown(7)))
print([x for x in range(3)], list(range(0)), [x for x in range(5, 2)])

# Big ints: the fallback iterator.
for i in range(2**70, 2**70 + 3):
    print(i)
for i in range(-2**64, -2**64 - 7, -3):
    print(i)

# The edges of 64 bits: the last value, and the step past it, must not
# overflow.
for i in range(9223372036854775805, 9223372036854775807):
    print(i)
for i in range(-9223372036854775807, -9223372036854775808 - 1, -1):
    print(i)
for i in range(-9223372036854775808, 9223372036854775807, 9223372036854775807):
    print(i)
print(len([0 for _ in range(-9223372036854775808, 9223372036854775807, 2**62)]))

# Nested, with else and continue; the counter is per loop execution.
total = 0
for i in range(10):
    for j in range(i):
        if j % 3 == 0:
            continue
        total += j
    else:
        total += 1
print(total)


def rerun():
    out = []
    for _ in range(3):
        for i in range(2):
            out.append(i)
    return out


print(rerun())

# The item may be rebound in the body; the next step does not see it.
for i in range(3):
    print(i, end=" ")
    i = 100
print()

# range's errors, raised where the loop starts.
for args in [(0, 5, 0), (1.5,), ("x",), (1, 2, 3, 4), ()]:
    try:
        for i in range(*args):
            pass
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    for i in range(1, 2.0):
        pass
except TypeError as e:
    print(e)
try:
    for i in range(0, 10, 0):
        pass
except ValueError as e:
    print(e)


def sent():
    for i in range(3):
        x = yield i
        print("got", x)


g = sent()
print(next(g))
print(g.send("a"))
g.close()
