def gen():
    yield 1


print(sum(x for x in gen() if x,))
