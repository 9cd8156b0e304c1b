def f():
    g = lambda: (yield 1)
    return g
