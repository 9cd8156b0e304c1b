# raise X from Y uncaught: the last stderr line is X's.

class LookupFailed(Exception):
    pass

def find(table, key):
    try:
        return table[key]
    except KeyError as e:
        raise LookupFailed("no entry for " + key) from e

table = {"a": 1}
print(find(table, "a"))
print(find(table, "b"))
