# A lazily computed sequence with __getitem__.
class Squares:
    def __init__(self):
        self.cache = {}
        self.computed = 0

    def __getitem__(self, i):
        if not isinstance(i, int):
            raise TypeError(f"indices must be integers, not {type(i).__name__}")
        if i < 0:
            raise IndexError("negative index")
        if i not in self.cache:
            self.computed += 1
            self.cache[i] = i * i
        return self.cache[i]


class Primes:
    def __init__(self, limit):
        self.limit = limit
        self.found = []

    def __getitem__(self, i):
        n = self.found[-1] + 1 if self.found else 2
        while len(self.found) <= i:
            if all(n % p for p in self.found):
                self.found.append(n)
            n += 1
        if self.found[i] > self.limit:
            raise IndexError(i)
        return self.found[i]

    def __len__(self):
        return len([p for p in self])


sq = Squares()
print(sq[3], sq[10], sq[3], sq.computed)
try:
    sq["x"]
except TypeError as e:
    print(e)
for x in sq:
    if x > 30:
        break
    print(x, end=" ")
print()
p = Primes(30)
print(list(p), len(p), 7 in p, 8 in p)
it = iter(Primes(10))
print(next(it), next(it), list(it))
