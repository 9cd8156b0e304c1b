def f():
    def g():
        nonlocal y
        y = 1
    return g
