"""A module of tests/run's programs (import_modules): not a test itself."""
print("mod_helpers: top-level code runs; __name__ =", __name__)
counter = 0
log = []


def count_up_to(n):
    global counter
    i = 1
    while i <= n:
        counter += 1
        yield i
        i += 1


def total():
    return sum(count_up_to(4))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def scaled(self, k):
        return Point(self.x * k, self.y * k)


def fail(why):
    raise ValueError(why)


async def agen(n):
    for i in range(n):
        yield i * 10
