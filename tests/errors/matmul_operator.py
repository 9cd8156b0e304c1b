m = [[1]]
prod = m @ m
