# yieldc-status: 1
# An error found after the warnings (here by the code generator) still
# gets the warnings printed first; exit status 1 and no output.

def numbers():
    yield 1


def f(args):
    numbers()
    return 0
    args[1:2, 0] = ()
