# An uncaught KeyError from set.remove.
seen = {("a", 1), ("b", 2)}
seen.remove(("b", 2))
print(sorted(seen))
seen.remove(("c", 3))
print("not reached")
