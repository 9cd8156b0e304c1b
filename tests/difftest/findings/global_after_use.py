# Finding (probing the generator's `global` statements; the compiler accepts
# invalid Python): a `global NAME` after NAME is used, assigned, deleted or
# made a loop target in the same scope (also at module level).
#   CPython: SyntaxError: name 'G' is used prior to global declaration
#            (or: is assigned to before global declaration)
#   yieldc:  compiles it (and the program prints 0)
def f():
    print(G)
    global G
    G = 1

G = 0
f()
