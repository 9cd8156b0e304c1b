# The main module's globals that nothing deletes are read without a check
# once sema proves them bound, and borrowed, as locals are.  Whatever runs
# before a borrowed global is used may rebind it: the value read first is
# the one used, as in CPython.  Heap values (lists, strs) make a dangling
# borrow visible under the sanitizers.
import mod_globals_del

s = "ab" * 2
lst = [1, 2]
total = 0


def rebind():
    global s, lst, total
    s = "zz" * 2
    lst = [9]
    total = 100
    return "!"


for i in range(3):
    total += i
print(total)

# The left operand is read before the right one runs.
print(s + rebind())
s = "ab" * 2
t = [s, rebind()]
print(t)
s = "ab" * 2
print((s, rebind()), {s: rebind()}, s)
s = "ab" * 2
print(f"{s}{rebind()}")
s = "ab" * 2
print(s < rebind(), s)
s = "ab" * 2
s += rebind()
print(s)
lst = [1, 2]
lst += [rebind()]
print(lst)
total = 5
total += len(rebind())
print(total)
s = "ab" * 2
print(s.replace("a", rebind()), s)
lst = [1, 2]
print(lst[len(rebind()) - 1], lst)

# Conditional bindings keep their check.
if total > 1000:
    maybe = 1
try:
    print(maybe)
except NameError as e:
    print("NameError:", e)

# A loop that runs no time binds nothing.
for j in range(0):
    last = j
try:
    print(last)
except NameError as e:
    print("NameError:", e)

# `except ... as name` deletes the name, in the module and in a function.
try:
    raise ValueError("v")
except ValueError as err:
    print("caught", err)
try:
    print(err)
except NameError as e:
    print("NameError:", e)

gone = 1


def unbind_by_handler():
    global gone
    try:
        raise KeyError("k")
    except KeyError as gone:
        pass


unbind_by_handler()
try:
    print(gone)
except NameError as e:
    print("NameError:", e)

# `del` in a function: every read keeps its check.
victim = [1]


def unbind():
    global victim
    del victim


print(victim)
unbind()
try:
    print(victim)
except NameError as e:
    print("NameError:", e)

# A global named as a builtin is the builtin until bound.
print(len("abc"))
len = 7
print(len)

# Another module's globals can be deleted through its module object.
print(mod_globals_del.value())
del mod_globals_del.x
try:
    print(mod_globals_del.value())
except NameError as e:
    print("NameError:", e)

# The walrus rebinds before the augmented assignment reads its value.
w = "a" * 3
w += (w := "b")
print(w)

# An operation whose own method rebinds the global: the operand stays alive
# through it (a borrowed one would be freed before __add__ runs).


class Acc:
    def __init__(self, v):
        self.v = [v]

    def __iadd__(self, other):
        global acc
        acc = None
        return NotImplemented

    def __add__(self, other):
        return Acc(self.v[0] + other)


acc = Acc(1)
acc += 2
print(acc.v)
acc = Acc(10)
print((acc + 5).v, acc.v)
