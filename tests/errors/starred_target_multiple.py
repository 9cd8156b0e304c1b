first, *middle, *last = range(5)
