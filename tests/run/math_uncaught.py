# An uncaught math error ends the program as CPython's does.
from math import sqrt, factorial


def walk():
    for x in [4, 1, 0, -1]:
        yield sqrt(x)


print(factorial(5))
print([r for r in walk()])
