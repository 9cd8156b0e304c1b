# throw() into a delegating generator goes to the subgenerator first.

class Retry(Exception):
    pass

class Fatal(Exception):
    pass

def inner():
    n = 0
    while n < 3:
        try:
            yield "inner " + str(n)
        except Retry as e:
            print("  inner handled Retry:", e)
        n += 1
    return "inner finished"

def outer():
    try:
        r = yield from inner()
        print("  outer: inner returned", r)
    except Fatal as e:
        print("  outer handled Fatal:", e)
        yield "outer recovered"
    finally:
        print("  outer finally")
    yield "outer end"

print("caught by inner:")
g = outer()
print(next(g))
print(g.throw(Retry("first")))
print(g.throw(Retry))
print(list(g))

print("not caught by inner, caught by outer:")
g = outer()
print(next(g))
print(g.throw(Fatal("bad")))
print(list(g))

print("caught by nobody:")
g = outer()
print(next(g))
try:
    g.throw(KeyError("nobody"))
except KeyError as e:
    print("caller got KeyError", e)
print(list(g))

print("throw into a delegation over a list: raised at the yield from")
def over_list():
    try:
        yield from [1, 2, 3]
    except Retry:
        print("  over_list caught Retry")
        yield "after list"

o = over_list()
print(next(o))
print(o.throw(Retry))
print(list(o))

print("inner catches and returns a value:")
def inner_returns():
    try:
        yield 1
    except ValueError:
        return "value after ValueError"

def outer_of_returns():
    v = yield from inner_returns()
    yield v

o = outer_of_returns()
print(next(o))
print(o.throw(ValueError))

print("inner converts the exception:")
def converter():
    try:
        yield "c"
    except Retry as e:
        raise Fatal("converted " + str(e)) from e

def wrapper():
    try:
        yield from converter()
    except Fatal as e:
        print("  wrapper got", repr(e), "cause", repr(e.__cause__))

w = wrapper()
next(w)
print("throwing")
try:
    w.throw(Retry("r"))
except StopIteration:
    print("wrapper finished")
