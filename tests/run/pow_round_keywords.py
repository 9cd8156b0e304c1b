# pow and round take their arguments by position or by name, with
# CPython's messages (Argument Clinic order), on small and big ints.
tests = [lambda: pow(2, base=3), lambda: pow(2, x=3), lambda: pow(base=2), lambda: pow(2, mod=5),
 lambda: pow(1, 2, 3, mod=4), lambda: pow(1, 2, 3, 4), lambda: round(1.5, x=2), lambda: round(ndigits=2),
 lambda: round(1.5, 2, ndigits=3), lambda: round(1.5, 2, 3), lambda: round(2.5, number=3), lambda: pow(2, 3, None, mod=None)]
for t in tests:
    try: print(t())
    except TypeError as e: print("TypeError:", e)
print(pow(exp=70, base=2), pow(2, 100, mod=10**9+7), pow(base=-3, exp=41, mod=None))
print(round(number=2**70 + 12345, ndigits=-3), round(2.675, ndigits=2), round(number=7.5))
more = [lambda: pow(base=1, exp=2, mod=3, x=4), lambda: pow(2, 3, base=1), lambda: pow(2, 3, x=1),
        lambda: round(), lambda: pow(), lambda: pow(2, 3, mod=2.0), lambda: round("x", ndigits=1),
        lambda: round(2**80, ndigits=2**80), lambda: round(1.5, ndigits="a")]
for t in more:
    try: print(t())
    except TypeError as e: print("TypeError:", e)
f, g = pow, round
print(f(2, exp=65), f(*[3], **{'exp': 3, 'mod': 5}), g(-2**70 - 500, ndigits=-3), g(number=0.5))
