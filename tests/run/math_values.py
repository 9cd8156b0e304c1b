# math's functions on pseudo-random arguments of every magnitude (a 64-bit
# LCG, so that CPython and yieldc see the same ones), compared digit for
# digit: CPython's own algorithms (gamma, lgamma, fsum, hypot, dist,
# remainder, log of huge ints) and the C library's functions it wraps.
import math

state = 12345


def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state


def floats(n):
    for _ in range(n):
        r = rnd()
        kind = r % 5
        if kind == 0:
            yield (r >> 11) / 2 ** 53 * 10 - 5
        elif kind == 1:
            yield ((r >> 11) / 2 ** 53) * 400 - 200
        elif kind == 2:
            yield math.ldexp((r >> 11) / 2 ** 53, (r % 200) - 100)
        elif kind == 3:
            yield (r % 1000) / 8 - 60
        else:
            yield -math.ldexp((r >> 11) / 2 ** 53, (r % 2000) - 1000)


def safe(f, *args):
    try:
        return repr(f(*args))
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        return type(e).__name__[0]


fs = list(floats(120))
for x in fs:
    print(x, *[safe(f, x) for f in (math.gamma, math.lgamma, math.erf, math.erfc, math.expm1,
                                     math.log1p, math.asinh, math.atanh, math.ulp, math.floor)])
for i in range(0, 90, 3):
    a, b, c = fs[i], fs[i + 1], fs[i + 2]
    print(safe(math.hypot, a, b), safe(math.hypot, a, b, c), safe(math.dist, (a, b), (c, a)),
          safe(math.atan2, a, b), safe(math.fmod, a, b), safe(math.remainder, a, b), safe(math.pow, a, b),
          safe(math.fsum, [a, b, c, -a, 1e16 * b]), safe(math.log, abs(a), abs(b)))
for i in range(40):
    n = rnd() % 10 ** (i + 1)
    k = rnd() % 200
    print(math.log(n + 1), math.log2(n * 2 ** 1100 + 1), math.log10(n * 10 ** 400 + 7), math.isqrt(n),
          math.gcd(n, k + 1), math.comb(n % 5000, k) % 1000003, math.log(n + 2, k + 2))
print(math.fsum(fs), sum(fs), math.prod(fs[:50]), math.hypot(*fs), math.dist(fs[:60], fs[60:]))
