# Uncaught exceptions without arguments print just the class name;
# with several arguments, the tuple.

class Empty(Exception):
    pass

try:
    raise Empty
except Empty as e:
    print("caught:", repr(e))

def many():
    raise Empty("code", 42)

try:
    many()
except Empty as e:
    print("caught:", e)

raise Empty("code", 42, "details")
