# Recursive generators and recursive functions.

def hanoi(n, src, dst, via):
    if n == 0:
        return
    yield from hanoi(n - 1, src, via, dst)
    yield (n, src, dst)
    yield from hanoi(n - 1, via, dst, src)

moves = list(hanoi(3, "A", "C", "B"))
print(len(moves))
for m in moves:
    print("move disk", m[0], "from", m[1], "to", m[2])

def subsets(items):
    if not items:
        yield []
        return
    first = items[0]
    for rest in subsets(items[1:]):
        yield rest
        yield [first] + rest

print(list(subsets([1, 2, 3])))

def compositions(n):
    # All ways to write n as an ordered sum of positive ints.
    if n == 0:
        yield ()
        return
    for first in range(1, n + 1):
        for rest in compositions(n - first):
            yield (first,) + rest

print(list(compositions(4)))

def binary_strings(n):
    if n == 0:
        yield ""
    else:
        for s in binary_strings(n - 1):
            yield s + "0"
            yield s + "1"

print(list(binary_strings(3)))

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print(fact(20), ackermann(2, 3))

# Deep recursion of yield from (depth 200).
def deep(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from deep(n - 1)
    return r + 1

d = deep(200)
print(next(d))
try:
    next(d)
except StopIteration as e:
    print("depth", e.value)

# Mutual recursion between generators.
def even_path(n):
    if n == 0:
        yield "even-end"
        return
    yield "e" + str(n)
    yield from odd_path(n - 1)

def odd_path(n):
    if n == 0:
        yield "odd-end"
        return
    yield "o" + str(n)
    yield from even_path(n - 1)

print(list(even_path(5)))
