# Generators of big ints: Fibonacci numbers printed past F(100), factorials,
# the Hamming numbers (2**i * 3**j * 5**k) up to the 200000th (49 digits;
# small enough for the sanitizers), and 2**10000's digit count.
def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

for i, f in enumerate(fibonacci()):
    if i % 25 == 0 or i in (92, 93, 94):
        print("F(%d) = %d" % (i, f))
    if i == 300:
        break

def take(n, gen):
    for _ in range(n):
        yield next(gen)

fibs = list(take(201, fibonacci()))
print(fibs[200], fibs[200] == fibs[199] + fibs[198], fibs[100] % 1000000007, len(str(fibs[200])))
print(sum(take(150, fibonacci())), max(fibs), fibs.index(fibs[150]))

def factorials():
    f, n = 1, 0
    while True:
        yield n, f
        n += 1
        f *= n

for n, f in factorials():
    if n in (20, 21, 50, 100):
        print("%d! = %d" % (n, f))
    if n == 100:
        break

def hamming():
    # Dijkstra's merge: h holds the numbers still to be multiplied.
    h = [1]
    i2 = i3 = i5 = 0
    x2, x3, x5 = 2, 3, 5
    while True:
        yield h[-1]
        nxt = min(x2, x3, x5)
        h.append(nxt)
        if x2 == nxt:
            i2 += 1
            x2 = 2 * h[i2]
        if x3 == nxt:
            i3 += 1
            x3 = 3 * h[i3]
        if x5 == nxt:
            i5 += 1
            x5 = 5 * h[i5]
        drop = min(i2, i3, i5)
        if drop > 10000:
            h = h[drop:]
            i2 -= drop
            i3 -= drop
            i5 -= drop

for i, h in enumerate(hamming(), 1):
    if i in (1, 2, 20, 1691, 100000, 200000):
        print("hamming(%d) = %d, %d digits" % (i, h, len(str(h))))
    if i == 200000:
        break

big = 2 ** 10000
digits = str(big)
print(len(digits), digits[:20], digits[-20:], sum(int(c) for c in digits))
