# The order in which module globals are released at exit: a name unbound
# at the end of `except ... as name` and bound again moves to the end.
def gen(name):
    try:
        yield
    finally:
        print("closing", name)

try:
    raise ValueError("x")
except ValueError as e:
    print("caught", e)
d1 = {"g": gen("d1")}
next(d1["g"])
e = {"g": gen("e")}
next(e["g"])
d2 = {"g": gen("d2")}
next(d2["g"])
for i in range(3):
    try:
        raise KeyError(i)
    except KeyError as err:
        print("caught", err)
err = {"g": gen("err")}
next(err["g"])
d3 = {"g": gen("d3")}
next(d3["g"])
print("end")
