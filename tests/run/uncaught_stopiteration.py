# StopIteration leaking out of next() at module level (not inside a
# generator, so PEP 479 does not apply): exit 1, last line "StopIteration".

def two():
    yield 1
    yield 2

g = two()
print(next(g))
print(next(g))
print(next(g))
