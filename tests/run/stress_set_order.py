# Thousands of random operations on int sets (an LCG picks them), with a
# digest of the iteration order after each round: every table size, dummy,
# resize, pop finger and operator result must be CPython's.

def lcg(seed):
    x = seed
    while True:
        x = (x * 6364136223846793005 + 1442695040888963407) % 2**64
        yield x >> 33

def digest(s):
    d = 0
    for i, v in enumerate(s):
        d = (d * 1000003 + (i + 1) * v) % 2305843009213693951
    return d

def key(r):
    k = r % 7
    if k == 0:
        return r % 64
    if k == 1:
        return -(r % 500)
    if k == 2:
        return r * 12345 % 2**45 - 2**44
    if k == 3:
        return (r % 4096) * 8
    return r % 3000

rnd = lcg(2024)
sets = [set(), set(range(100)), {key(next(rnd)) for _ in range(50)}]
for rnd_no in range(40):
    for step in range(150):
        r = next(rnd)
        i = r % 3
        s = sets[i]
        o = sets[(r >> 3) % 3]
        op = (r >> 6) % 16
        if op < 5:
            s.add(key(next(rnd)))
        elif op < 8:
            s.discard(key(next(rnd)))
        elif op == 8 and s:
            s.pop()
        elif op == 9:
            sets[i] = s | o
        elif op == 10:
            sets[i] = s & o if len(s & o) > 5 else s ^ o
        elif op == 11:
            sets[i] = s - o if len(s - o) > 5 else s | o
        elif op == 12:
            s ^= o
        elif op == 13:
            s -= set(list(o)[::3])
        elif op == 14:
            s |= {key(next(rnd)) for _ in range(r % 40)}
        else:
            sets[i] = frozenset(s).union([key(next(rnd))]).difference(list(o)[:5])
            sets[i] = set(sets[i])
        if len(s) > 3000:
            sets[i] = set(list(s)[:500])
    print(rnd_no, [len(s) for s in sets], [digest(s) for s in sets], hash(frozenset(sets[0])))
print(list(sets[1])[:20])

# past 50000 keys a table grows by 2 * used, not 4 * used
big = set()
for k in range(60000):
    big.add(k * 7919 % 1000003)
print(len(big), digest(big))
big.difference_update(range(0, 1000003, 3))
print(len(big), digest(big), digest(big | set(range(-50, 50))), digest(big.copy()))
