# Uncaught RuntimeError produced by PEP 479.

def firsts(iterables):
    for it in iterables:
        yield next(iter(it))

for x in firsts([[1, 2], "ab", (), [9]]):
    print(x)
print("not reached")
