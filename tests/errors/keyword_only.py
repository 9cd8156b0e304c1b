def f(a, *, key):
    return a
