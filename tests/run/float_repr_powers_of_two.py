# repr of powers of two: the shortest digits that read back, as CPython's
# dtoa finds them.  The float below a power of two is nearer than the one
# above, so the nearest digits of a given length may not read back while
# the next ones up do (2.0 ** -44 is 5.684341886080802e-14).
line = []
for k in range(-1074, 1024, 3):
    line.append(repr(2.0 ** k))
    if len(line) == 8:
        print(" ".join(line))
        line = []
print(" ".join(line))
print(2.0 ** -44, -(2.0 ** 89), 2.0 ** -956, [2.0 ** 72, 2.0 ** 1023], f"{2.0 ** -44!r}", str(2.0 ** 89))
