# Prime numbers with generators: an incremental sieve using a dict of
# upcoming composites, a chain-of-filters sieve, and trial division.

def incremental_primes():
    composites = {}
    n = 2
    while True:
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites[n]:
                nxt = n + p
                if nxt in composites:
                    composites[nxt].append(p)
                else:
                    composites[nxt] = [p]
            del composites[n]
        n += 1

def take(n, gen):
    out = []
    for v in gen:
        if len(out) == n:
            break
        out.append(v)
    return out

print(take(25, incremental_primes()))

def naturals_from(n):
    while True:
        yield n
        n += 1

def drop_multiples(p, source):
    for n in source:
        if n % p != 0:
            yield n

def filter_sieve():
    source = naturals_from(2)
    while True:
        p = next(source)
        yield p
        source = drop_multiples(p, source)

print(take(15, filter_sieve()))

def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True

print([n for n in range(100, 160) if is_prime(n)])

def twin_primes(limit):
    prev = None
    for p in incremental_primes():
        if p > limit:
            return
        if prev is not None and p - prev == 2:
            yield (prev, p)
        prev = p

print(list(twin_primes(200)))
print(sum(p for p in take(1000, incremental_primes())))

def prime_factors(n):
    for p in incremental_primes():
        if p * p > n:
            break
        while n % p == 0:
            yield p
            n //= p
    if n > 1:
        yield n

for n in [360, 97, 1001, 2 ** 20, 600851475143]:
    print(n, list(prime_factors(n)))
