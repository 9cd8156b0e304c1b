# close() of a delegating generator closes the subgenerator first.

def leaf(name):
    try:
        yield name + " a"
        yield name + " b"
    finally:
        print("  finally", name)

def middle():
    try:
        yield from leaf("leaf")
    finally:
        print("  finally middle")

def top():
    try:
        yield "top first"
        yield from middle()
    except GeneratorExit:
        print("  top saw GeneratorExit")
        raise
    finally:
        print("  finally top")

t = top()
print(next(t))
print(next(t))
print(next(t))
print("closing")
print(t.close())
print(list(t))

print("close while the top has not reached the delegation:")
t = top()
print(next(t))
t.close()

print("a subgenerator that ignores GeneratorExit:")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("  stubborn ignores it")
    yield 2

def delegating():
    try:
        yield from stubborn()
    finally:
        print("  delegating finally")

d = delegating()
next(d)
try:
    d.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(d))

print("a subgenerator that raises during close:")
def raiser():
    try:
        yield 1
    finally:
        raise ValueError("from inner finally")

def catcher():
    try:
        yield from raiser()
    except ValueError as e:
        print("  outer caught", e, "while closing")

c = catcher()
next(c)
print(c.close())

print("close of a delegation over a plain iterator:")
def over_range():
    try:
        yield from range(10)
    finally:
        print("  finally over_range")

r = over_range()
print(next(r), next(r))
r.close()

print("del of a delegating generator finalizes the chain in order:")
x = top()
next(x)
next(x)
del x
print("after del")
