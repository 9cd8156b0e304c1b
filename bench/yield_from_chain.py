# Items pulled through a chain of 50 generators joined by yield from
# (CPython resumes every frame of the chain for every item).
def leaf(n):
    for i in range(n):
        yield i

def link(depth, n):
    if depth == 0:
        yield from leaf(n)
    else:
        yield from link(depth - 1, n)

total = 0
for v in link(50, 200000):
    total += v
print(total)
