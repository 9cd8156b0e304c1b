# An uncaught IndexError from a list index inside a nested function call.

def nth(items, n):
    return items[n]

def pick(items, indices):
    for i in indices:
        yield nth(items, i)

for v in pick(["a", "b", "c"], [0, 2, -1, 3]):
    print(v)
