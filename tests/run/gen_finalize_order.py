# The order in which suspended generators are finalized when several
# references disappear at once (CPython frees them by reference counting).

def res(name):
    try:
        yield name
    finally:
        print("  finalize", name)

print("locals at function return (in order of first assignment):")
def two_locals():
    first = res("first")
    second = res("second")
    next(first)
    next(second)
    print("  returning")

two_locals()
print("back in caller")

print("list of generators dropped:")
gs = [res("g0"), res("g1"), res("g2")]
for g in gs:
    next(g)
del g
print("deleting the list")
del gs
print("list deleted")

print("tuple of generators rebound:")
t = (res("t0"), res("t1"))
next(t[0])
next(t[1])
t = ()
print("tuple rebound")

print("a generator holding another generator:")
def outer_holder():
    inner = res("held inner")
    next(inner)
    try:
        yield "outer"
    finally:
        print("  finalize outer_holder")

o = outer_holder()
next(o)
del o
print("after del of holder")

print("a generator in a local of a generator that is closed:")
def chain_holder():
    a = res("a")
    next(a)
    yield "one"
    print("  not reached")

c = chain_holder()
next(c)
c.close()
print("after close")
del c
print("after del")
