# Basic generators: yield, next, for, list(), exhaustion, bare yield.

def count_up_to(limit):
    n = 1
    while n <= limit:
        yield n
        n += 1

def bare():
    print("  bare: start")
    yield
    print("  bare: middle")
    yield
    print("  bare: end")

def empty():
    return
    yield 1

def lazy():
    print("  lazy: body started")
    yield "a"
    print("  lazy: after a")
    yield "b"
    print("  lazy: finishing")

g = count_up_to(3)
print(type(g).__name__)
for v in g:
    print("for got", v)
print("again:", list(g))

print(list(count_up_to(5)))
print(list(count_up_to(0)))

b = bare()
print(next(b))
print(next(b))
try:
    next(b)
except StopIteration:
    print("bare exhausted")
try:
    next(b)
except StopIteration:
    print("still exhausted")

print(list(empty()))
print(next(empty(), "default"))

print("creating lazy")
lz = lazy()
print("created; pulling")
print(next(lz))
print(next(lz))
print(next(lz, "<end>"))
print(next(lz, "<end again>"))

# Two independent instances interleave without sharing state.
a = count_up_to(3)
c = count_up_to(3)
print(next(a), next(a), next(c), next(a), next(c), next(c))

# iter() of a generator is the generator itself.
it = count_up_to(2)
print(iter(it) is it)
print(sum(count_up_to(10)), max(count_up_to(4)), min(count_up_to(4)))
