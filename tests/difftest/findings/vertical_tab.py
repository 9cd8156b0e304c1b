# Finding (issue 13, fuzz `known vertical_tab`; the compiler accepts invalid Python): a vertical tab inside a line (one at the end of a line is now rejected).
#   CPython: SyntaxError: invalid non-printable character U+000B
#   yieldc:  compiles it; the program prints 3
x = 1 + 2
print(x)
