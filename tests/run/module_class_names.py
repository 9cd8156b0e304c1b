# A class keeps the module its class statement ran in (__module__), which its
# repr and an uncaught exception's last line name; functions have __doc__
# and __module__.
import mod_shapes as shapes
from mod_shapes import Shape, ShapeError, Outer
print(Shape, Outer.Inner, ShapeError, Shape.__module__, Outer.Inner.__qualname__)
print(repr(Shape())[:22])
class Local:
    pass
print(Local, Local.__module__, repr(Local())[:20])
try:
    raise ShapeError("bad")
except ShapeError as e:
    print(type(e), repr(e))
def f():
    "the doc"
    return 1
print(f.__doc__, f.__module__)
import functools


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a):
        return fn(*a)
    return wrapper


@deco
def g(x):
    """g's own doc"""
    return x


print(g.__doc__, g.__module__, g.__name__, g(5), shapes.Shape.__module__)
print(f.__doc__, (lambda: 0).__doc__)
raise Outer.Err("nested")
