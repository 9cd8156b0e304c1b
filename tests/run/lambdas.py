# lambda expressions.

square = lambda x: x * x
add = lambda a, b: a + b
const = lambda: "constant"
print(square(7), add(2, 3), add("a", "b"), const())

pairs = [(3, "c"), (1, "a"), (2, "b"), (1, "z")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: (-p[0], p[1])))
print(sorted(["bb", "a", "ccc", "dd"], key=lambda s: len(s)))
print(sorted(["bb", "a", "ccc", "dd"], key=lambda s: len(s), reverse=True))

# Lambdas closing over variables of the enclosing function.
def adder(n):
    return lambda x: x + n

add5 = adder(5)
print(add5(10), adder(-1)(1))

# Lambdas stored in dicts and lists.
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for sym in ["+", "-", "*"]:
    print(sym, ops[sym](6, 3))

# A lambda that builds a generator expression.
evens_upto = lambda n: (x for x in range(n) if x % 2 == 0)
print(list(evens_upto(9)))

# A lambda with a conditional expression and boolean logic.
classify = lambda n: "neg" if n < 0 else ("zero" if n == 0 else "pos")
print([classify(n) for n in [-2, 0, 5]])
both = lambda a, b: a and b
print(both(1, 0), both("x", "y"), both([], "y"))

# Immediately called lambda and a lambda passed to a generator.
print((lambda s: s[::-1])("stressed"))

def apply_all(f, items):
    for it in items:
        yield f(it)

print(list(apply_all(lambda v: v * 3, [1, 2, 3])))
print(type(square).__name__)
