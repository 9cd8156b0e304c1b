# An exception that comes back out of a delegate during throw() is chained to
# what the delegating generator itself is handling, replacing the context it
# had (difftest seed 303624).
def inner():
    yield 1
    yield 2

def outer():
    try:
        yield 0
    finally:
        r = yield from inner()

def inner2():
    try:
        yield 1
    except ValueError:
        raise KeyError("k")

def outer2():
    try:
        raise TypeError("t")
    except TypeError:
        yield from inner2()

g = outer()
next(g)
print(g.throw(TypeError("thrown")))
try:
    g.throw(StopIteration)
except Exception as e:
    print(type(e).__name__, repr(e), repr(e.__context__), repr(e.__cause__))

g = outer2()
next(g)
try:
    g.throw(ValueError("v"))
except Exception as e:
    print(type(e).__name__, repr(e), repr(e.__context__), repr(e.__context__.__context__))

g = outer()
next(g)
print(g.throw(TypeError("again")))
try:
    g.close()
except Exception as e:
    print("close", repr(e))
print("end")
