def first[T](xs):
    return xs[0]
