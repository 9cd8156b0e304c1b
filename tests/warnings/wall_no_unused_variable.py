# yieldc-flags: -Wno-unused-variable -Wall
# An explicit -Wno-NAME wins over -Wall wherever it stands, as in gcc: no
# warning here although -Wall comes last.

def f():
    unused = 1
    return 0
