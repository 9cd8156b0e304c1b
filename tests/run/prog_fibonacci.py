# Fibonacci numbers with generators, several ways.

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def take_while_below(limit, gen):
    for v in gen:
        if v >= limit:
            return
        yield v

print(list(take_while_below(1000, fib())))

def nth(gen, n):
    for i, v in enumerate(gen):
        if i == n:
            return v

print(nth(fib(), 50), nth(fib(), 85))

even_sum = sum(v for v in take_while_below(4000000, fib()) if v % 2 == 0)
print("sum of even fibs below 4 million:", even_sum)

def fib_pairs():
    g = fib()
    prev = next(g)
    for cur in g:
        yield (prev, cur)
        prev = cur

for i, (a, b) in enumerate(fib_pairs()):
    if i >= 25:
        break
    if a:
        print(i, a, b, f"{b / a:.10f}")

# A resettable Fibonacci driven by send.
def resettable():
    a, b = 0, 1
    while True:
        cmd = yield a
        if cmd == "reset":
            a, b = 0, 1
        else:
            a, b = b, a + b

r = resettable()
print([next(r) for _ in range(8)], r.send("reset"), [next(r) for _ in range(4)])
r.close()

def memo_fib(n, memo):
    if n in memo:
        return memo[n]
    value = n if n < 2 else memo_fib(n - 1, memo) + memo_fib(n - 2, memo)
    memo[n] = value
    return value

print(memo_fib(80, {}))
