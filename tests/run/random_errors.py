# The random module's errors, as CPython words them: argument errors of its
# Python methods and of its C methods, and each function's own checks.
import random
from random import randrange, sample, choices


def attempt(label, f, a, b):
    try:
        print(label, f(a, b))
    except (TypeError, ValueError, IndexError, ZeroDivisionError, OverflowError) as e:
        print(label, type(e).__name__, e)


random.seed(0)
attempt("randrange", randrange, 5, 3)
attempt("randrange", randrange, 10 ** 20, -10 ** 20)
attempt("randrange", randrange, 1.5, 4)
attempt("randrange", randrange, 1, 4.5)
attempt("randrange", randrange, "a", 4)
attempt("randint", random.randint, 5, 4)
attempt("randint", random.randint, 1, "x")
attempt("sample", sample, [1, 2], 3)
attempt("sample", sample, {1: 2}, 1)
attempt("sample", sample, [1, 2], -1)
attempt("choices", choices, [1, 2], [1])
attempt("choices", choices, [1, 2], 2)
attempt("choices", choices, [1, 2], [0, 0])
attempt("uniform", random.uniform, "a", "b")
attempt("gamma", random.gammavariate, -1, 1)
attempt("gamma", random.gammavariate, 2, 0)
attempt("weibull", random.weibullvariate, 1, 0)
for bad in ([], (), ""):
    try:
        random.choice(bad)
    except IndexError as e:
        print(repr(bad), type(e).__name__, e)
try:
    random.randint(1)
except TypeError as e:
    print(e)
try:
    random.randint(1, 2, 3)
except TypeError as e:
    print(e)
try:
    random.randrange(1, a=2)
except TypeError as e:
    print(e)
try:
    random.randrange(3, step=2)
except TypeError as e:
    print(e)
try:
    random.randrange(1, 5, 0)
except ValueError as e:
    print(e)
try:
    random.sample([1, 2, 3])
except TypeError as e:
    print(e)
try:
    random.sample([1, 2], 1, counts=[1])
except ValueError as e:
    print(e)
try:
    random.choices([1], [1], cum_weights=[1])
except TypeError as e:
    print(e)
try:
    random.seed([1])
except TypeError as e:
    print(e)
try:
    random.seed(1, 2, 3)
except TypeError as e:
    print(e)
try:
    random.random(1)
except TypeError as e:
    print(e)
try:
    random.getrandbits(-1)
except ValueError as e:
    print(e)
try:
    random.getrandbits(2.0)
except TypeError as e:
    print(e)
try:
    random.shuffle((1, 2, 3))
except TypeError as e:
    print(e)
try:
    random.expovariate(0)
except ZeroDivisionError as e:
    print(e)
try:
    random.setstate((9, (), None))
except ValueError as e:
    print(e)
print(random.random())
