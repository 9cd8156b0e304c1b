def f(path):
    with input(path) as fh:
        return fh.read()
