# Freeing containers and iterators nested deeply: each must be freed without
# deep C recursion (a runtime that recursed once per level overflowed its
# stack; a list needed 200,000 levels, the others fewer).
# stress_deep_dealloc_chains does closures, exceptions and generators.

N = 200000
M = 100000

def wrap(f):
    return lambda: f

x = []
for i in range(N):
    x = [x]
x = None
print("list freed")

x = ()
for i in range(N):
    x = (i, x)
print("tuple", x[0], len(x))
x = None
print("tuple freed")

x = {}
for i in range(M):
    x = {"k": x}
x = None
print("dict freed")

# Iterators of every kind, each holding the next.
x = []
for i in range(M):
    k = i % 5
    if k == 0:
        x = iter([x])
    elif k == 1:
        x = enumerate(x)
    elif k == 2:
        x = zip(x)
    elif k == 3:
        x = reversed([x])
    else:
        x = {"v": x}.values()
x = None
print("iterators freed")

# Mixed: a list of dicts of tuples of closures ...
x = None
for i in range(N):
    k = i % 4
    if k == 0:
        x = [x]
    elif k == 1:
        x = {i: x}
    elif k == 2:
        x = (x,)
    else:
        x = wrap(x)
x = None
print("mixed freed")

# Freed inside a function, when its locals go.
def build_and_drop(n):
    y = []
    for i in range(n):
        y = [y, i]
    return n

print("function locals freed", build_and_drop(N))

# A suspended generator's frame holding a deep list, and a list of them.
def holder(y):
    yield len(y)

x = []
for i in range(N):
    x = [x]
g = holder(x)
x = None
print("generator holds", next(g))
g = None
print("generator frame freed")

# list.clear() and del of an item free deep structures too.
x = []
for i in range(N):
    x = [x]
x.clear()
print("cleared", x)
x = [[]]
for i in range(N):
    x = [x]
del x[0]
print("deleted item", x)
print("done")


# A chain of instances of a program's class, each holding the next.
class Node:
    def __init__(self, nxt):
        self.nxt = nxt


head = None
for i in range(200000):
    head = Node(head)
head = None
print("instances freed")
