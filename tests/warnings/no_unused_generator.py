# Uses of generator functions that must not warn.

def numbers(n):
    for i in range(n):
        yield i


def relay(n):
    yield from numbers(n)


def plain(n):
    return list(numbers(n))


for x in numbers(3):
    print(x)
g = numbers(2)
print(next(g), list(g))
print(list(relay(2)), sum(numbers(4)), plain(2))
plain(3)
(i for i in numbers(2))  # a generator expression is not a call: not this warning
