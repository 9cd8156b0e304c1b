print(list(map(str, [1, 2, 3])), list(map(lambda a, b: a * b, [1, 2, 3], (4, 5))))
print(list(filter(None, [0, 1, "", "x", None, 2])), list(filter(lambda x: x % 2, range(7))))
m = map(abs, [-1, -2])
print(next(m), type(m).__name__, list(m))


def squares():
    for i in range(5):
        yield i * i


print(sum(map(lambda x: x + 1, filter(lambda x: x > 2, squares()))))


class R:
    def __init__(self, n):
        self.n = n

    def __reversed__(self):
        return iter(range(self.n))


print(list(reversed(R(3))))
try:
    map(abs)
except TypeError as e:
    print(e)
