# list.sort() and sorted() make the comparisons CPython's listsort makes, in
# its order (one sort in sort.c serves both); "%r" % obj formats an instance.
class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v

    def __repr__(self):
        return f"K({self.v})"


xs = [K(v) for v in [3, 1, 2, 5, 4]]
print(sorted(xs))
xs.sort()
print(xs)
ys = [K(v) for v in [3, 1, 2, 2, 7, 0]]
ys.sort(reverse=True)
print(ys)
zs = [K(v) for v in [9, 8, 7, 1, 2, 3]]
zs.sort(key=lambda k: K(-k.v))
print(zs)
print("%r" % K(1), "%s" % (K(2),), "%r and %r" % (K(3), K(4)))
