rest = [2, 3]
items = [1, *rest]
