class Point:
    """A point."""
    count = 0

    def __init__(self, x, y=0):
        self.x = x
        self.y = y
        Point.count += 1

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x and self.y == other.y

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def norm2(self):
        return self.x * self.x + self.y * self.y


p = Point(1, 2)
q = Point(3)
print(p, q, p + q, Point.count)
print(p == Point(1, 2), p != q, p.norm2())
print(str(p), repr(q), type(p).__name__)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        k = self.n
        while k > 0:
            yield k
            k -= 1


print(list(Countdown(3)))


class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} makes a sound"


class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed

    def speak(self):
        return super().speak() + " (woof)"

    @staticmethod
    def kind():
        return "dog"

    @classmethod
    def make(cls, name):
        return cls(name, "mutt")

    @property
    def label(self):
        return self.name.upper()


d = Dog.make("rex")
print(d.speak(), Dog.kind(), d.kind(), d.label, isinstance(d, Animal), issubclass(Dog, Animal))


class MyError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code


try:
    raise MyError("bad", 42)
except MyError as e:
    print(e, e.code, e.args, repr(e))


class It:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i


print(list(It()), [x * 2 for x in It()])


def gen():
    yield from Countdown(2)
    yield from It()


print(list(gen()))
print(Dog.__mro__)
print(Point.__doc__, Point.__module__)
