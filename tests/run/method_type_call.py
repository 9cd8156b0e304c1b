# The type of a bound method binds a callable to an instance when called
# (CPython's types.MethodType), with CPython's messages.
class C:
    def m(self):
        return "m of " + repr(self)

    def __repr__(self):
        return "C()"


MethodType = type(C().m)
print(MethodType.__name__)


def describe(self, x):
    return f"describe({self!r}, {x})"


c = C()
bound = MethodType(describe, c)
print(bound(5), bound.__self__ is c, bound.__func__ is describe)
print(MethodType(len, "abc")())
for args in [(describe,), (1, c), (describe, None), (describe, c, 3)]:
    try:
        MethodType(*args)
    except TypeError as e:
        print("TypeError:", e)
