# An uncaught exception from a generator: its finally runs (and prints)
# before the traceback, and the generator's output before it is kept.

def numbers():
    try:
        yield 1
        yield 2
        raise OverflowError("too many numbers")
    finally:
        print("numbers: cleanup")

for n in numbers():
    print("got", n)
