# Closures see variables, not values: generators and lambdas created in a
# loop all see the variable's final value when they run later; a helper
# function's parameter gives each one its own variable.

def make_gens():
    gens = []
    for i in range(3):
        gens.append(x + i for x in range(2))
    return gens

# The outermost iterable of each genexp was evaluated at creation, but `i`
# is read when the genexp runs.
print([list(g) for g in make_gens()])

def make_gens_eager():
    gens = []
    for i in range(3):
        g = (x + i for x in range(2))
        gens.append(list(g))
    return gens

print(make_gens_eager())

def bind(i):
    return (x + i for x in range(2))

print([list(bind(i)) for i in range(3)])

# A nested generator function reads the enclosing variable at each resume.
def outer():
    step = 1
    def stepper():
        n = 0
        while n < 100:
            yield n
            n += step
    g = stepper()
    out = [next(g), next(g)]
    step = 5
    out.append(next(g))
    out.append(next(g))
    return out

print(outer())

# Comprehension inside a loop capturing the loop variable in lambdas.
table = {}
for name in ["double", "triple"]:
    factor = 2 if name == "double" else 3
    table[name] = [lambda v: v * factor for _ in range(2)]
print([f(10) for f in table["double"]], [f(10) for f in table["triple"]])

# Generator expressions over a list that is replaced after creation see the
# old list (outermost iterable), but a list that is mutated is seen changed.
items = [1, 2, 3]
ge = (v * 10 for v in items)
items = [7, 8, 9]
print(list(ge))
items2 = [1, 2, 3]
ge2 = (v * 10 for v in items2)
items2.append(4)
print(list(ge2))
