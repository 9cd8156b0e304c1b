# -Wunused-variable is off by default: no warning here.

def f():
    unused = 1
    return 0
