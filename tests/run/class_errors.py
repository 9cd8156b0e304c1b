# Errors a program's classes give, with CPython's messages.
class P:
    def __init__(self, x):
        self.x = x


class Q:
    pass


class R:
    def __init__(self):
        return 5


class Eq:
    def __eq__(self, o):
        return True


def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: P())
attempt(lambda: P(1, 2))
attempt(lambda: Q(1))
attempt(lambda: R())
attempt(lambda: P(1).y)
attempt(lambda: P.nothing)
attempt(lambda: hash(Eq()))
attempt(lambda: P(1) < P(2))
attempt(lambda: P(1) + 1)
attempt(lambda: len(P(1)))
attempt(lambda: iter(P(1)))
attempt(lambda: P(1)[0])
attempt(lambda: P(1)(3))
print(P(1) == P(1), Eq() == 3, Eq() != 3)


class A:
    pass


class B(A):
    pass


try:
    class C(A, B):
        pass
except TypeError as e:
    print(e)

try:
    class D(A, A):
        pass
except TypeError as e:
    print(e)
