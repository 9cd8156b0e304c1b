import itertools as it
print(it.count(3))
print(it._tee)
