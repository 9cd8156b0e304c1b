# finally blocks run when the last reference to a suspended generator goes
# away: del, rebinding, a local going out of scope at function return,
# a for loop abandoned by break.

def resource(name):
    print("  open", name)
    try:
        yield name + "-1"
        yield name + "-2"
    finally:
        print("  close", name)

print("del:")
g = resource("A")
print(next(g))
del g
print("after del")

print("rebinding:")
g = resource("B")
print(next(g))
g = resource("C")
print("rebound; C not started yet")
print(next(g))
g = None
print("after g = None")

print("two references:")
h = resource("D")
alias = h
print(next(h))
del h
print("still alive through alias")
del alias
print("after deleting alias")

print("never started: nothing to run")
n = resource("E")
del n
print("after del of unstarted")

print("finished: nothing more to run")
f = resource("F")
print(list(f))
del f
print("after del of finished")

print("scope exit:")
def use_one():
    r = resource("G")
    print(next(r))
    print("  use_one returning")
    return "result of use_one"

print(use_one())

print("break out of for:")
for item in resource("H"):
    print("loop got", item)
    break
print("after break")

print("for loop finishing normally:")
for item in resource("I"):
    print("loop got", item)
print("after loop")

print("exception leaves the loop:")
try:
    for item in resource("J"):
        print("loop got", item)
        raise ValueError("stop looping")
except ValueError as e:
    print("caught", e)
print("after except")

print("list element removed:")
gens = [resource("K"), resource("L")]
print(next(gens[0]), next(gens[1]))
gens.pop(0)
print("popped K")
gens = []
print("cleared list")

print("dict value replaced:")
d = {"x": resource("M")}
print(next(d["x"]))
d["x"] = 0
print("replaced")
