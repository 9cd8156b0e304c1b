# Attributes as assignment, for, augmented-assignment and del targets.
class E(Exception):
    pass


class Box:
    pass


e = E()
e.x = 1
for e.y in [1, 2, 3]:
    pass
b = Box()
b.n = 10
b.n += 5
b.items = []
b.items += [1]
print(e.x, e.y, b.n, b.items, e.args)
del b.n
print(hasattr(b, "n"), sorted(b.__dict__))
try:
    e.z += 1
except AttributeError as err:
    print(err)
try:
    del b.n
except AttributeError as err:
    print(err)
a, b.first = "pa"
print(a, b.first)
