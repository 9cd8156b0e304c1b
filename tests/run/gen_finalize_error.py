# A generator whose finally raises while it is being finalized because its
# last reference went away: CPython reports the error on stderr as
# "Exception ignored in ..." and the program carries on with exit status 0.

def fragile(name):
    try:
        yield name
    finally:
        print("  cleanup of", name, "fails")
        raise ValueError("cleanup failed for " + name)

g = fragile("first")
print(next(g))
del g
print("the program continues after del")

def scope():
    h = fragile("second")
    print(next(h))
    return "returned normally"

print(scope())

# The same generator closed explicitly: close() raises the error instead.
k = fragile("third")
next(k)
try:
    k.close()
except ValueError as e:
    print("close raised:", e)
del k
print("end")
