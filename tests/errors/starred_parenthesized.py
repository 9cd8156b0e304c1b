rest = [1, 2]
(*rest), last = rest
