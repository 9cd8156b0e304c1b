def make_counter(start):
    class Counter:
        total = start

        def __init__(self):
            self.n = start

        def bump(self):
            self.n += 1
            Counter.total += 1
            return self.n

    return Counter


C = make_counter(10)
c = C()
print(c.bump(), c.bump(), C.total, C.__qualname__, C)


class Base:
    def hello(self):
        return "base"


class A(Base):
    def hello(self):
        return "A>" + super().hello()


class B(Base):
    def hello(self):
        return "B>" + super().hello()


class D(A, B):
    def hello(self):
        return "D>" + super().hello()


print(D().hello(), [k.__name__ for k in D.__mro__])


class Temp:
    def __init__(self):
        self._c = 0

    @property
    def c(self):
        return self._c

    @c.setter
    def c(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v


t = Temp()
t.c = 25
print(t.c)
try:
    t.c = -300
except ValueError as e:
    print("error:", e)


class Seq:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i

    def __contains__(self, x):
        return x == 42


s = Seq(4)
print(len(s), list(s), 3 in s, 42 in s, bool(s), bool(Seq(0)), s[2])


class V:
    def __init__(self, x):
        self.x = x

    def __lt__(self, o):
        return self.x < o.x

    def __hash__(self):
        return hash(self.x)

    def __eq__(self, o):
        return self.x == o.x

    def __repr__(self):
        return "V(%d)" % self.x

    def __mul__(self, k):
        return V(self.x * k)

    def __rmul__(self, k):
        return V(self.x * k * 10)

    def __call__(self, y):
        return self.x + y


vs = [V(3), V(1), V(2)]
print(sorted(vs), max(vs), {V(1): "a"}[V(1)], V(2) * 3, 3 * V(2), V(5)(1))
print(getattr(t, "c"), hasattr(t, "zz"), getattr(t, "zz", "dflt"))
setattr(t, "extra", 9)
print(t.extra)
del t.extra
print(hasattr(t, "extra"))


class Node:
    def __init__(self, v, kids=()):
        self.v = v
        self.kids = list(kids)

    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k


tree = Node(1, [Node(2, [Node(3)]), Node(4)])
print(list(tree))
