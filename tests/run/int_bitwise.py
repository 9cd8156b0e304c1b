# Shifts and bitwise operations, on negative numbers too: Python's ints act
# as infinite two's complement.
values = [0, 1, -1, 5, -5, 255, -256, 2 ** 63 - 1, -(2 ** 63), 2 ** 63, -(2 ** 63) - 1,
          2 ** 100 + 12345, -(2 ** 100) - 12345, (1 << 200) - 1]
for a in values:
    print(a, ~a, a << 1, a << 63, a << 100, a >> 1, a >> 63, a >> 200, -a >> 3)
    print("   ", [a & b for b in values[:7]], [a | b for b in values[7:]])
    print("   ", [a ^ b for b in values])

print(True & False, True | False, True ^ True, True & 3, ~True, True << 2, False >> 1)
print(type(True & True).__name__, type(True & 1).__name__)
print(1 << 64, 1 << 65 >> 65, (1 << 64) - 1 == 0xFFFFFFFFFFFFFFFF, -1 << 63, (-1 << 64) >> 64)
print(0 << (2 ** 100), 1 >> (2 ** 100), -1 >> (2 ** 100), (2 ** 100) >> (2 ** 80))

def trial(f):
    try:
        print(f())
    except (ValueError, TypeError, MemoryError) as e:
        print(type(e).__name__ + ":", e)

trial(lambda: 1 << -1)
trial(lambda: 1 >> -1)
trial(lambda: (2 ** 100) << -(2 ** 100))
trial(lambda: 1 << (2 ** 64))
trial(lambda: 2 ** 64 & 1.0)
trial(lambda: 1.0 << 2)
trial(lambda: "a" | 1)

x = -1
x <<= 70
print(x)
x >>= 3
print(x)
x &= (1 << 80) - 1
print(x)
x |= 7
print(x)
x ^= -1
print(x)

def bits(n):
    # the bits of a non-negative int, least significant first
    while n:
        yield n & 1
        n >>= 1

print(list(bits(2 ** 70 + 5)).count(1), sum(bits((1 << 100) - 1)))
