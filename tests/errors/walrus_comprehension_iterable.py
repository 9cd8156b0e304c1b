print([z for q in (w := [1])])
