# PEP 479: StopIteration raised inside a generator becomes RuntimeError.

def explicit():
    yield 1
    raise StopIteration("inner")

g = explicit()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__), type(e.__cause__).__name__)
    print("context is cause:", e.__context__ is e.__cause__)
print(next(g, "finished"))

# next() on an exhausted iterator inside a generator: same rule.
def pull_pairs(it):
    while True:
        a = next(it)
        b = next(it)
        yield (a, b)

try:
    for pair in pull_pairs(iter([1, 2, 3, 4, 5])):
        print(pair)
except RuntimeError as e:
    print("RuntimeError:", e)

# The right way: catch StopIteration and return.
def pull_pairs_ok(it):
    while True:
        try:
            a = next(it)
            b = next(it)
        except StopIteration:
            return
        yield (a, b)

print(list(pull_pairs_ok(iter([1, 2, 3, 4, 5]))))

# StopIteration caught inside the generator is fine.
def caught_inside():
    try:
        raise StopIteration(5)
    except StopIteration as e:
        yield "caught " + str(e.value)
    yield "after"

print(list(caught_inside()))

# A StopIteration raised by a generator expression's body.
def bad_next(it):
    return next(it)

src = iter([])
try:
    print(list(bad_next(src) for x in range(3)))
except RuntimeError as e:
    print("genexp RuntimeError:", e)

# StopIteration thrown in with throw() is converted too.
def victim():
    yield 1
    yield 2

v = victim()
next(v)
try:
    v.throw(StopIteration)
except RuntimeError as e:
    print("throw StopIteration ->", e, "| cause:", type(e.__cause__).__name__)

# Other exceptions are not converted.
def other():
    yield 1
    raise ValueError("plain")

try:
    list(other())
except ValueError as e:
    print("ValueError unchanged:", e)
