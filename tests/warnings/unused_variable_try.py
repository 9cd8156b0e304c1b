# yieldc-flags: -Wunused-variable
# A variable assigned in a try body and again in an except clause is
# reported once, at its first assignment in the source.


def f():
    try:
        x = int("1")
    except ValueError:
        x = 2
    return 0


print(f())
