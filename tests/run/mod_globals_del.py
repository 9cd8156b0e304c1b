# A module whose global the importer deletes (run/module_globals_bound).
x = [1, 2, 3]


def value():
    return x
