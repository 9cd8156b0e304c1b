def gen():
    yield 1


def f(*args):
    return args


print(f(1, x for x in gen() if x))
