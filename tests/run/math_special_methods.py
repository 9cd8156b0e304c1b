# math.floor and math.ceil on instances of a program's classes call their
# __floor__ and __ceil__ (found on the class, inherited too), whatever
# they return; math.trunc and the float functions refuse such instances
# with CPython's TypeErrors.
import math
from math import floor, ceil


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __floor__(self):
        return self.cents // 100

    def __ceil__(self):
        return -(-self.cents // 100)

    def __repr__(self):
        return "Money(%d)" % self.cents


class Euro(Money):
    def __ceil__(self):
        return "ceil of " + repr(self)


class Broken:
    def __floor__(self):
        raise ValueError("no floor here")


class Plain:
    pass


def wallet():
    for cents in [250, -250, 199, 0, 10 ** 22 + 1]:
        yield Money(cents)


print([(floor(m), ceil(m)) for m in wallet()])
print(floor(Euro(1050)), ceil(Euro(1050)), math.floor(Euro(-1)))
print(list(map(math.floor, [Money(199), 2.5, -2.5, 7])))
print(sorted([Money(350), Money(120), Money(999)], key=math.ceil))
for f, arg in [(floor, Broken()), (floor, Plain()), (ceil, Plain()), (math.trunc, Money(5)),
               (math.sqrt, Money(400)), (math.gcd, Money(1)), (math.factorial, Plain())]:
    try:
        print(f(arg))
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__ + ":", exc)
