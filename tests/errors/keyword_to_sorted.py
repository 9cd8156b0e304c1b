print(sorted([3, 1], cmp=None))
