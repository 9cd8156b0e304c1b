a, b = 1, [2]
del a, *b
