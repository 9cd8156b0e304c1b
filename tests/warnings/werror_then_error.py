# yieldc-flags: -Werror
# yieldc-status: 1
# Warnings made errors, then a real error: all of them, then gcc's line.

def numbers():
    yield 1


def f(args):
    numbers()
    args[1:2, 0] = ()
