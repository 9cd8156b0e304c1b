# operator as programs use it: sort keys over records, functional folds,
# and method calls mapped over data.
import operator
from operator import itemgetter, attrgetter, methodcaller, add, mul
from functools import reduce


rows = [("pear", 3, 0.5), ("apple", 10, 0.25), ("fig", 3, 1.5), ("kiwi", 7, 0.4)]
print(sorted(rows, key=itemgetter(1, 0)))
print(max(rows, key=itemgetter(2)), list(map(itemgetter(0), rows)))
print(itemgetter(1), itemgetter(0, 2), itemgetter(slice(1, None))(rows[0]))


class Employee:
    def __init__(self, name, dept, salary, boss=None):
        self.name = name
        self.dept = dept
        self.salary = salary
        self.boss = boss

    def raise_by(self, pct, cap=None):
        new = self.salary * (100 + pct) // 100
        return new if cap is None else min(new, cap)


top = Employee("ada", "eng", 200)
staff = [Employee("bo", "ops", 90, top), Employee("cy", "eng", 120, top),
         Employee("di", "eng", 110, top), top]
print([e.name for e in sorted(staff, key=attrgetter("dept", "salary"))])
print(attrgetter("boss.name")(staff[0]), attrgetter("name", "boss.dept")(staff[1]))
print(list(map(methodcaller("raise_by", 10), staff)))
print(list(map(methodcaller("raise_by", 50, cap=150), staff)))
print(attrgetter("name"), methodcaller("raise_by", 10, cap=150))
print(list(map(methodcaller("upper"), ["a", "b"])), methodcaller("split", "-", 1)("a-b-c"))

print(reduce(add, range(10)), reduce(mul, range(1, 6)), reduce(operator.or_, [1, 2, 8]))
print(list(map(operator.neg, [1, -2])), list(map(operator.pow, [2, 3], [10, 2])))
print(list(filter(operator.truth, [0, 1, "", "x", None, [0]])), operator.not_([]))
print(sorted([3, 1, 2], key=operator.neg), list(map(operator.lt, [1, 5], [2, 2])))
print(operator.contains("generator", "rat"), operator.countOf([1, 2, 1], 1),
      operator.indexOf("abc", "c"), operator.concat([1], [2]))
d = {}
operator.setitem(d, "k", [1])
operator.iadd(operator.getitem(d, "k"), [2])
print(d, operator.is_(None, None), operator.is_not(1, None), operator.index(7))
print(operator.truediv(7, 2), operator.floordiv(-7, 2), operator.mod(-7, 2),
      operator.xor(6, 3), operator.lshift(1, 70), operator.invert(5), operator.abs(-4))
for bad in (lambda: operator.concat(1, 2), lambda: itemgetter(5)([1]),
            lambda: attrgetter("nope")(top), lambda: operator.indexOf([1], 9)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
