# Twin of tests/run/int_overflow.py for CPython: every int operation that
# could leave the 64-bit range goes through chk(), which raises
# OverflowError("integer overflow") as yieldc's 64-bit ints do. CPython
# running this file produces the expected output of tests/run/int_overflow.py.

LO = -(2 ** 63)
HI = 2 ** 63 - 1

def chk(v):
    if v < LO or v > HI:
        raise OverflowError("integer overflow")
    return v

biggest = 9223372036854775807
smallest = -9223372036854775807 - 1
print(biggest, smallest)
print(2 ** 62 + (2 ** 62 - 1), -(2 ** 62) - 2 ** 62)

try:
    x = 2 ** 62
    y = chk(x * 4)
    print("no overflow:", y)
except OverflowError as e:
    print("overflow:", e)

try:
    print(chk(biggest + 1))
except OverflowError as e:
    print("add overflow:", e)

try:
    print(chk(smallest - 1))
except OverflowError as e:
    print("sub overflow:", e)

try:
    print(chk(2 ** 63))
except OverflowError as e:
    print("pow overflow:", e)

try:
    print(chk(3 ** 39), chk(3 ** 40))
except OverflowError as e:
    print("pow overflow after printing nothing:", e)

try:
    print(chk(-smallest))
except OverflowError as e:
    print("neg overflow:", e)

try:
    print(chk(abs(smallest)))
except OverflowError as e:
    print("abs overflow:", e)

try:
    print(chk(smallest // -1))
except OverflowError as e:
    print("floordiv overflow:", e)

try:
    print(chk(sum([biggest, 1])))
except OverflowError as e:
    print("sum overflow:", e)

try:
    total = 0
    for v in [2 ** 61, 2 ** 61, 2 ** 61, 2 ** 61]:
        total = chk(total + v)
        print("running total", total)
except OverflowError as e:
    print("augmented overflow:", e)

def doublings():
    n = 1
    steps = 0
    while True:
        yield steps
        n = chk(n * 2)
        steps += 1

count = 0
try:
    for s in doublings():
        count = s
except OverflowError as e:
    print("generator overflowed after", count, "doublings:", e)

def factorials():
    f = 1
    i = 1
    while True:
        f = chk(f * i)
        yield (i, f)
        i += 1

last = None
try:
    for pair in factorials():
        last = pair
except OverflowError as e:
    print("largest factorial in range:", last, "then", e)

print(biggest - 1 + 1, smallest + 1 - 1, biggest // 2 * 2 + 1)
