# yield from a generator that raises: at its first step, after some values,
# and in its finally; the delegator sees the exception at the yield from.

def fails_immediately():
    raise ValueError("at first next")
    yield 1

def fails_later():
    yield 1
    yield 2
    raise KeyError("after two")

def fails_in_expression():
    yield 10 // 0

def delegator(maker):
    print("  delegating")
    try:
        yield from maker()
    except ValueError as e:
        print("  delegator caught ValueError:", e)
    except KeyError as e:
        print("  delegator caught KeyError:", e)
    yield "delegator continues"

print(list(delegator(fails_immediately)))
print(list(delegator(fails_later)))

def uncaught_in_delegator():
    yield "before"
    yield from fails_in_expression()
    yield "never"

u = uncaught_in_delegator()
print(next(u))
try:
    next(u)
except ZeroDivisionError as e:
    print("caller caught ZeroDivisionError:", e)
print(list(u))

# Trace ordering, as in PEP 380's own tests.
def g2():
    try:
        print("  g2 start")
        yield "g2 spam"
        raise ValueError("hovercraft")
    finally:
        print("  g2 finally")

def g1():
    try:
        print("  g1 start")
        yield "g1 ham"
        yield from g2()
        yield "g1 eggs"
    finally:
        print("  g1 finally")

try:
    for x in g1():
        print("yielded", x)
except ValueError as e:
    print("ValueError reached the loop:", e)

# The exception a subgenerator raises carries through two delegators.
def two_up():
    yield from delegator_plain()

def delegator_plain():
    yield from fails_later()

try:
    print(list(two_up()))
except KeyError as e:
    print("two levels up:", repr(e))
