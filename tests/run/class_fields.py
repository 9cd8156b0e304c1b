# Instance attributes that the compiler turns into struct fields, and every
# way a program can reach them without going through the fields.

class Point:
    kind = "point"           # a class attribute: not a field
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
        self.int = 1          # C keywords as attribute names
        self.char = "c"
        self.inst_ = "i"
        self.base_ = "b"
    def __repr__(self):
        return f"Point3({self.x}, {self.y}, {self.z}, {self.int}, {self.char}, {self.inst_}, {self.base_})"

p = Point(1, 2)
q = Point3(1, 2, 3)
print(p, q, p.moved(1, 1), q.moved(2, 2), p.kind, q.kind)
print(p.__dict__)
p.__dict__["x"] = 10       # writes through __dict__ reach the object
print(p.x, p)
p.w = 5                    # an attribute without a field
print(sorted(q.__dict__), p.w)

# A method called on something that is not an instance of its class.
class Other:
    pass
o = Other()
o.x, o.y = 7, 8
print(Point.__repr__(o))
print(Point.moved(o, 1, 1))

# An unset field: AttributeError, __getattr__, a class attribute default.
class Lazy:
    count = 0
    def __init__(self, ready):
        if ready:
            self.value = 42
    def bump(self):
        self.count += 1
        return self.count
    def get(self):
        return self.value
l1, l2 = Lazy(True), Lazy(False)
print(l1.get(), l1.bump(), l1.bump(), Lazy.count)
try:
    l2.get()
except AttributeError as e:
    print("AttributeError:", e)

class Fallback:
    def __init__(self):
        self.a = 1
    def __getattr__(self, name):
        return "fallback " + name
    def both(self):
        del self.a
        return self.a
f = Fallback()
print(f.a, f.both(), f.b)
try:
    del f.a
except AttributeError as e:
    print("AttributeError:", e)

# A subclass whose property owns a field's name.
class Base:
    def __init__(self):
        self.size = 3
    def show(self):
        return self.size
class Sized(Base):
    @property
    def size(self):
        return "property"
    @size.setter
    def size(self, v):
        print("setter", v)
print(Base().show(), Sized().show())

# A property stored on the class after it was made.
class Late:
    def __init__(self):
        self.v = 1
    def get(self):
        return self.v
Late.v = property(lambda self: "late property", lambda self, v: None)
print(Late().get())

# Multiple inheritance: layouts that cannot share a struct.
class A:
    def __init__(self):
        self.a = "a"
    def geta(self):
        return self.a
class B:
    def __init__(self):
        self.b = "b"
    def getb(self):
        return self.b
class AB(A, B):
    def __init__(self):
        A.__init__(self)
        B.__init__(self)
        self.c = "c"
    def all(self):
        return self.a + self.b + self.c
ab = AB()
print(ab.geta(), ab.getb(), ab.all(), [k.__name__ for k in AB.__mro__])

# A base the compiler cannot name.
def make_base():
    class Hidden:
        def __init__(self):
            self.h = "hidden"
        def geth(self):
            return self.h
    return Hidden
class Derived(make_base()):
    def __init__(self):
        super().__init__()
        self.d = "derived"
    def both(self):
        return self.geth() + " " + self.d
print(Derived().both())

# Exception classes keep their attributes in the dict.
class AppError(Exception):
    def __init__(self, code):
        super().__init__("app error", code)
        self.code = code
    def describe(self):
        return f"{self.code}: {self.args}"
try:
    raise AppError(7)
except AppError as e:
    print(e.describe(), e)

# Generator methods and nested classes use the fields too.
def make_counter(limit):
    class Counter:
        def __init__(self, start):
            self.n = start
        def __iter__(self):
            while self.n < limit:
                yield self.n
                self.n += 1
    return Counter
print(list(make_counter(5)(2)))

# self rebound: no fields through it.
class Rebind:
    def __init__(self):
        self.v = 1
    def other(self, o):
        self = o
        return self.v
print(Rebind().other(Rebind()))
