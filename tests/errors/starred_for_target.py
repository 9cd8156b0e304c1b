for *row in [[1, 2]]:
    print(row)
