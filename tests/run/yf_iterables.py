# yield from over lists, tuples, strings, ranges, dicts, generator
# expressions, iterators and empty iterables.

def from_list():
    yield from [1, 2, 3]

def from_tuple():
    yield from ("a", ("nested", "tuple"), None)

def from_str():
    yield from "héllo"

def from_range():
    yield from range(3)
    yield from range(10, 0, -3)
    yield from range(5, 5)

def from_dict():
    d = {"one": 1, "two": 2, "three": 3}
    yield from d
    yield from d.keys()
    yield from d.values()
    yield from d.items()

def from_genexp():
    yield from (x * x for x in range(5) if x != 2)

def from_iter():
    it = iter([10, 20, 30])
    yield next(it)
    yield from it

def from_empty():
    yield "start"
    yield from []
    yield from ()
    yield from ""
    yield from {}
    yield from range(0)
    yield "end"

def from_enumerate_zip():
    yield from enumerate("ab")
    yield from zip([1, 2, 3], "xyz")
    yield from reversed([1, 2, 3])
    yield from sorted([3, 1, 2])

for maker in [from_list, from_tuple, from_str, from_range, from_dict,
              from_genexp, from_iter, from_empty, from_enumerate_zip]:
    print(list(maker()))

# The result of yield from over a non-generator iterable is None.
def result_of_list():
    r = yield from [1]
    yield ("result", r)

print(list(result_of_list()))

# The iterable is evaluated once; a list mutated during the delegation
# is seen live (list iterators read the list as they go).
def grows():
    items = [1, 2]
    for x in items:
        if x < 4:
            items.append(x + 2)
        yield x

def delegate_to_mutating():
    items = [1, 2, 3]
    for v in items:
        yield v
    yield from items

print(list(grows()))
print(list(delegate_to_mutating()))
