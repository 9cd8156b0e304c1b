print(min(1, 2, foo=3))
