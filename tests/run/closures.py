# Generators defined inside functions that read enclosing variables.

def make_counter(start, step):
    def counter(n):
        value = start
        for i in range(n):
            yield value
            value += step
    return counter

by_two = make_counter(10, 2)
by_ten = make_counter(0, 10)
print(list(by_two(4)), list(by_ten(3)))

# The closure sees the variable, not a snapshot: a later change is visible.
def late_binding():
    prefix = "early"
    def tag(items):
        for it in items:
            yield prefix + ":" + it
    g = tag(["a", "b"])
    first = next(g)
    prefix = "late"
    second = next(g)
    return [first, second]

print(late_binding())

# Nested three levels deep.
def outer(a):
    def middle(b):
        def inner(c):
            yield a
            yield b
            yield c
            yield a + b + c
        return inner
    return middle

print(list(outer(1)(20)(300)))

# A generator closing over a list it mutates.
def collector():
    seen = []
    def gen(items):
        for it in items:
            seen.append(it)
            yield len(seen)
    return gen, seen

gen, seen = collector()
print(list(gen("xyz")), seen)
print(list(gen("pq")), seen)

# Closures over loop variables in nested generator functions.
def pipelines():
    result = []
    for k in range(1, 4):
        def multiples(n):
            for i in range(1, n + 1):
                yield i * k
        result.append(list(multiples(3)))
    return result

print(pipelines())

# A generator expression inside a function reads the function's variables.
def offsets(base, xs):
    return list(base + x for x in xs)

print(offsets(100, [1, 2, 3]))

# A generator function returned and called after the outer returned.
def factory():
    secret = "s3cr3t"
    def reveal():
        yield secret
        yield secret.upper()
    return reveal

r = factory()
print(list(r()), list(r()))
