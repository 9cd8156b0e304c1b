class Typed:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, value)


class Lazy:
    def __init__(self, fn):
        self.fn = fn

    def __set_name__(self, owner, name):
        self.attr = name

    def __get__(self, obj, cls):
        if obj is None:
            return "class access"
        v = self.fn(obj)
        obj.__dict__[self.attr] = v
        return v


class ReadOnly:
    def __get__(self, obj, cls):
        return 42

    def __delete__(self, obj):
        print("delete")


class Point:
    x = Typed()
    y = Typed()
    r = ReadOnly()

    def __init__(self, x, y):
        self.x = x
        self.y = y

    @Lazy
    def norm(self):
        print("computing")
        return self.x * self.x + self.y * self.y


p = Point(3, 4)
print(p.x, p.y, p.norm, p.norm, Point.norm, type(Point.x).__name__)
try:
    p.x = "a"
except TypeError as e:
    print("TypeError:", e)
print(p.r)
del p.r
try:
    p.r = 5
except AttributeError as e:
    print("AttributeError:", e)
p.x = 10
print(p.x, p.__dict__)
