# An uncaught ZeroDivisionError raised inside a generator pipeline.

def ratios(pairs):
    for a, b in pairs:
        yield a / b

for r in ratios([(1, 2), (3, 4), (5, 0), (7, 8)]):
    print(r)
