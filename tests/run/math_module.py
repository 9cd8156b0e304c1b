# The math module: constants, the float functions on ordinary and special
# values, the exact integer functions on ints of any size, and CPython's
# errors, through `import math` and `from math import ...`, in generator
# code as well as straight-line code.
import math
import math as m
from math import sqrt, pi, e as E, inf, nan, floor, ceil, isqrt as int_sqrt


def show(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as exc:
        print(label, "->", type(exc).__name__ + ":", exc)
    else:
        print(label, "->", repr(r), type(r).__name__)


def roots(n):
    for i in range(n):
        yield math.sqrt(i)


def squares_of_primes(limit):
    n = 2
    while n < limit:
        if all(n % d for d in range(2, int_sqrt(n) + 1)):
            yield n * n
        n += 1


print(pi, E, math.tau, inf, -inf, nan, m.pi is math.pi)
print(math.inf == float("inf"), math.nan == math.nan, math.isnan(nan))
print(sqrt(2), sqrt(16), floor(-2.5), ceil(-2.5), math.trunc(-2.5))
print([round(r, 6) for r in roots(6)])
print(list(squares_of_primes(30)))
print(math.fsum(roots(100)), sum(roots(100)))
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.prod(range(1, 11)), math.prod([0.5, 4, 3]), math.prod([], start=7))
print(math.prod((x for x in range(1, 6)), start=10))
print(list(map(math.floor, [1.5, -1.5, 2.0])), list(map(sqrt, [4, 9])))

# floats: libm and CPython's own algorithms
for x in [0.5, 1.0, 2.5, 10.0, -0.5, 1e-5]:
    print(x, math.exp(x), math.sin(x), math.cos(x), math.atan(x), math.erf(x), math.gamma(x))
for x in [0.5, 3.0, 7.25, 100.0, -2.5]:
    print(x, math.lgamma(x), math.erfc(x), math.expm1(x), math.tanh(x))
print(math.log(100), math.log(8, 2), math.log2(1024), math.log10(1e-5), math.log1p(1e-12))
print(math.log(2 ** 2000), math.log10(10 ** 400), math.log2(3 ** 1000), math.log(10 ** 500, 10))
print(math.hypot(3, 4), math.hypot(1, 2, 3), math.hypot(), math.hypot(-7.5))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], (4, 6, 8)))
print(math.atan2(1, -1), math.atan2(-0.0, -1), math.copysign(2, -0.0))
print(math.fmod(-10, 3), math.remainder(10, 3), math.remainder(7, 2), -10 % 3)
print(math.pow(2, 0.5), math.pow(-2, 3), math.pow(0.0, 0.0), math.pow(inf, -1))
print(math.degrees(pi / 2), math.radians(45), math.fabs(-3))
print(math.frexp(8), math.frexp(-0.1), math.modf(3.25), math.modf(-inf), math.ldexp(0.75, 3))
print(math.ulp(1.0), math.nextafter(1, 2), math.nextafter(0.0, -1), math.ulp(0.0))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9),
      math.isclose(1, 1.1, rel_tol=0.2), math.isclose(inf, inf))
print(math.isfinite(1e308), math.isinf(-inf), math.isnan(1.0))

# ints of any size
print(math.factorial(20), math.factorial(25))
print(math.factorial(1000))
print(math.comb(100, 50), math.perm(30, 25), math.perm(6), math.comb(5, 9))
print(math.comb(10 ** 30, 2), math.perm(10 ** 20, 3))
print(math.gcd(), math.gcd(-12), math.gcd(12, 18, 27), math.gcd(2 ** 100, 6 ** 50))
print(math.lcm(), math.lcm(4, 6, 10), math.lcm(2 ** 70, 3 ** 40), math.lcm(4, 0))
print(math.gcd(*[84, 126, 210]), math.lcm(*range(1, 21)))
print(int_sqrt(10 ** 40), int_sqrt(2 ** 64 - 1), math.isqrt(True))
print(floor(1e300) == 10 ** 300, floor(-1e20), ceil(2 ** 70), math.trunc(1e19))
print(floor(10 ** 30), math.floor(True), type(math.floor(True)).__name__)

# errors, with CPython's messages
show("sqrt(-1)", math.sqrt, -1)
show("sqrt(10**400)", math.sqrt, 10 ** 400)
show("sqrt('x')", math.sqrt, "x")
show("exp(1000)", math.exp, 1000)
show("log(0)", math.log, 0)
show("log(-(2**2000))", math.log, -(2 ** 2000))
show("log(10, 1)", math.log, 10, 1)
show("log()", math.log)
show("acos(2)", math.acos, 2)
show("gamma(0)", math.gamma, 0)
show("gamma(-3)", math.gamma, -3)
show("gamma(172)", math.gamma, 172)
show("lgamma(-2)", math.lgamma, -2)
show("pow(0, -1)", math.pow, 0, -1)
show("pow(-8, 1/3)", math.pow, -8, 1 / 3)
show("pow(10, 400)", math.pow, 10, 400)
show("fmod(1, 0)", math.fmod, 1, 0)
show("ldexp(1.0, 2**70)", math.ldexp, 1.0, 2 ** 70)
show("ldexp(1.0, 1.5)", math.ldexp, 1.0, 1.5)
show("floor(inf)", floor, inf)
show("ceil(nan)", ceil, nan)
show("trunc('x')", math.trunc, "x")
show("factorial(-1)", math.factorial, -1)
show("factorial(2.0)", math.factorial, 2.0)
show("factorial(10**20)", math.factorial, 10 ** 20)
show("isqrt(-1)", math.isqrt, -1)
show("isqrt(2.5)", math.isqrt, 2.5)
show("comb(-1, 2)", math.comb, -1, 2)
show("comb(5, -1)", math.comb, 5, -1)
show("comb(10**30, 10**20)", math.comb, 10 ** 30, 10 ** 20)
show("perm(5, -1)", math.perm, 5, -1)
show("perm(10**30, 10**20)", math.perm, 10 ** 30, 10 ** 20)
show("gcd(1, 1.5)", math.gcd, 1, 1.5)
show("fsum([1e308, 1e308])", math.fsum, [1e308, 1e308])
show("fsum([inf, -inf])", math.fsum, [inf, -inf])
show("fsum([1, 'x'])", math.fsum, [1, "x"])
show("dist((1, 2), (3,))", math.dist, (1, 2), (3,))
show("isclose(1, 2, rel_tol=-1)", math.isclose, 1, 2, rel_tol=-1)
show("isclose(1, 2, 3)", math.isclose, 1, 2, 3)
show("prod([1], 2)", math.prod, [1], 2)
show("prod(['ab', 'c'])", math.prod, ["ab", "c"])
show("sqrt(x=1)", math.sqrt, x=1)
show("sqrt(1, 2)", math.sqrt, 1, 2)
show("copysign(1)", math.copysign, 1)
show("perm()", math.perm)
show("gcd(a=1)", math.gcd, a=1)
print(math.cbrt(27), math.cbrt(-8), math.cbrt(2), math.exp2(10), math.exp2(0.5))
show("exp2(2000)", math.exp2, 2000)
