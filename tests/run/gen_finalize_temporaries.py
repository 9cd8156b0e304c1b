# Suspended generators that are only temporaries: they are finalized as soon
# as the call that used them returns, before the enclosing call runs.

def res(name):
    try:
        yield name + "-first"
        yield name + "-second"
    finally:
        print("  finalize", name)

print("argument of next():")
print(next(res("a")))

print("assigned from next():")
v = next(res("b"))
print("value", v)

print("inside zip, stopped by a shorter list:")
print(list(zip(res("c"), [1])))

print("a generator expression over a generator, abandoned by any():")
print(any(s.endswith("first") for s in res("d")))

print("an expression statement:")
next(res("e"))
print("after the statement")

print("a chain of two generators abandoned together:")
def upper(src):
    try:
        for s in src:
            yield s.upper()
    finally:
        print("  finalize upper")

print(next(upper(res("f"))))

print("a generator returned from a function and dropped:")
def make():
    g = res("g")
    next(g)
    return g

make()
print("after make()")
print(next(make()))
print("done")
