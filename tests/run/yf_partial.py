# yield from a generator that was already partly consumed, one that is
# already finished, the same generator shared by two delegators, and
# delegation to a generator that the caller also drives directly.

def source():
    yield "s1"
    yield "s2"
    yield "s3"
    return "source result"

def delegate(g):
    print("  delegate starts")
    r = yield from g
    print("  delegate got", repr(r))
    return r

s = source()
print(next(s))
print(list(delegate(s)))

finished = source()
print(list(finished))
d = delegate(finished)
try:
    next(d)
except StopIteration as e:
    print("delegating to a finished generator returns at once:", repr(e.value))

shared = source()
a = delegate(shared)
b = delegate(shared)
print(next(a), next(b), next(a))
try:
    next(b)
except StopIteration as e:
    print("b finished with", e.value)
print(next(a, "a finished too"))

# The caller advances the inner generator while the outer one is suspended
# inside yield from.
inner = source()
outer = delegate(inner)
print(next(outer))
print(next(inner))
print(next(outer))
print(next(outer, "outer finished"))

# yield from an iterator made by iter() on a partly used list iterator.
it = iter([1, 2, 3, 4])
next(it)
def rest(iterator):
    yield from iterator
print(list(rest(it)))
