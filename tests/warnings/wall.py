# yieldc-flags: -Wall
# -Wall enables every warning, -Wunused-variable included.  Warnings found
# by different walks come out sorted by line and column.

def numbers():
    yield 1


def f():
    unused = 1
    numbers()
    return unused2
    x = 2


unused2 = 0
