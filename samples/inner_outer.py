# inner_outer.py: an outer generator delegating to an inner one. The items
# of the inner generator pass straight through, and the value the inner
# generator returns becomes the value of the `yield from` expression.

def inner(tag):
    yield tag + ": step 1"
    yield tag + ": step 2"
    return tag + " finished"

def outer():
    yield "outer begins"
    first = yield from inner("alpha")
    print("  (outer learned:", first + ")")
    second = yield from inner("beta")
    print("  (outer learned:", second + ")")
    return [first, second]

gen = outer()
while True:
    try:
        print(next(gen))
    except StopIteration as stop:
        print("outer returned", stop.value)
        break
