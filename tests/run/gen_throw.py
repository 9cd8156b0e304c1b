# gen.throw() with an instance and with a class; caught and uncaught inside.

class Boom(Exception):
    pass

def resilient():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print("  resilient caught ValueError:", e)
            n = -1
        except Boom as e:
            print("  resilient caught Boom with args", e.args)
            n = -2
        n += 10

g = resilient()
print(next(g))
print(g.throw(ValueError("bad value")))
print(g.throw(ValueError))
print(g.throw(Boom("x", 2)))
print(g.throw(Boom))
print(next(g))

# An exception the generator does not catch comes out of throw() and
# finishes the generator.
try:
    g.throw(KeyError("nope"))
except KeyError as e:
    print("KeyError came out:", e)
print(next(g, "finished"))

# throw() into a generator that has not started: the body never runs,
# the exception is raised at once and the generator is finished.
def never():
    print("never printed")
    yield 1

n = never()
try:
    n.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("not started:", e)
print(list(n))

# throw() into a finished generator raises the exception again.
done = never()
n2 = next(done)
print(list(done))
try:
    done.throw(IndexError("after end"))
except IndexError as e:
    print("finished:", e)

# The instance thrown is the one caught (identity and args preserved).
def catcher():
    try:
        yield 1
    except Exception as e:
        yield e

c = catcher()
next(c)
err = Boom("identity")
got = c.throw(err)
print(got is err, repr(got), type(got).__name__)

# throw() with a class: the generator receives a fresh instance.
c2 = catcher()
next(c2)
got2 = c2.throw(ZeroDivisionError)
print(type(got2).__name__, got2.args, repr(got2))

# A thrown exception that the generator catches, after which it returns:
# throw() raises StopIteration carrying the return value.
def returns_on_error():
    try:
        yield "working"
    except ValueError:
        return "recovered"

r = returns_on_error()
print(next(r))
try:
    r.throw(ValueError)
except StopIteration as e:
    print("StopIteration from throw, value =", e.value)
