print("a", "b", sep="-", file=None)
try:
    print(1, 2, file=5)
except AttributeError as e:
    print("AE", e)
try:
    print(1, sep=3, file=[])
except TypeError as e:
    print("TE", e)
print("x", flush=True)
