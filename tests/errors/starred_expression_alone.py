rest = [1, 2]
x = *rest
