# throw() checks its arguments where the exception would be raised, before
# entering the generator: a value that is not an exception, an instance
# given with a separate value, or a traceback argument other than None is a
# TypeError for the caller, and the generator stays suspended.  Good
# arguments are normalised as CPython does (a class with a value, a tuple of
# arguments, an instance of a subclass).

def gen():
    try:
        print("  gen starts")
        yield 1
        yield 2
    finally:
        print("  gen finally")

def trial(label, throw):
    print(label)
    g = gen()
    next(g)
    try:
        print("  throw returned", throw(g))
    except BaseException as e:
        print("  caught", type(e).__name__ + ":", e)
    print("  suspended:", g.gi_suspended)
    print("  next:", next(g, "exhausted"))

trial("an int", lambda g: g.throw(1))
trial("a str", lambda g: g.throw("boom"))
trial("None", lambda g: g.throw(None))
trial("a list", lambda g: g.throw([1]))
trial("a class that is not an exception", lambda g: g.throw(int))
trial("an int with a value", lambda g: g.throw(1, 2))
trial("an instance with a value", lambda g: g.throw(ValueError("v"), 5))
trial("an instance, value None", lambda g: g.throw(ValueError("v"), None))
trial("a class and a tuple", lambda g: g.throw(ValueError, (1, 2)))
trial("a class and an instance of a subclass", lambda g: g.throw(Exception, KeyError("k")))
trial("a class and an instance of a base", lambda g: g.throw(KeyError, Exception("e")))
trial("a traceback that is not one", lambda g: g.throw(ValueError, None, 5))
trial("a traceback of None", lambda g: g.throw(ValueError, "x", None))
trial("the traceback is checked first", lambda g: g.throw(1, None, "tb"))
trial("an instance, a value and a traceback", lambda g: g.throw(ValueError("v"), 5, 5))
trial("no argument", lambda g: g.throw())
trial("four arguments", lambda g: g.throw(ValueError, 1, None, 4))

# Down a yield-from chain the check happens in the innermost generator,
# which is not entered; the generator delegating to it sees the TypeError
# come out of its `yield from`, as any exception of its delegate.
def inner():
    try:
        yield "inner 1"
        yield "inner 2"
    finally:
        print("  inner finally")

def outer():
    try:
        r = yield from inner()
        print("  outer got", r)
    except TypeError as e:
        print("  outer caught:", e)
        yield "outer after"
    finally:
        print("  outer finally")

print("through yield from")
o = outer()
print(" ", next(o))
print(" ", o.throw(3.5))
print(" ", next(o, "exhausted"))

# A delegate without throw() (a list iterator): the arguments are checked
# in the delegating generator itself, which is not entered either.
def over_list():
    try:
        yield from [10, 20, 30]
    finally:
        print("  over_list finally")

print("delegate without throw")
ol = over_list()
print(" ", next(ol))
try:
    ol.throw("nope")
except TypeError as e:
    print("  caller caught:", e)
print(" ", next(ol))
ol.close()

# A generator that has not started, and one that has finished.
print("not started")
ns = gen()
try:
    ns.throw(7)
except TypeError as e:
    print("  caught:", e)
print("  next:", next(ns))
ns.close()

print("finished")
fin = gen()
print("  list:", list(fin))
try:
    fin.throw({})
except TypeError as e:
    print("  caught:", e)

# The check comes before "generator already executing".
def self_thrower():
    yield me.throw(0)

print("running")
me = self_thrower()
try:
    next(me)
except (TypeError, ValueError) as e:
    print("  caught", type(e).__name__ + ":", e)

# Coroutines check the same way.
async def coro():
    return "never"

print("coroutine")
c = coro()
try:
    c.throw(None)
except TypeError as e:
    print("  caught:", e)
try:
    c.send(None)
except StopIteration as e:
    print("  ran to the end:", e.value)
