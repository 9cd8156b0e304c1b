# Finding (probe; the compiler accepts invalid Python): a backslash
# continuation on the last line, with nothing after it.
#   CPython: SyntaxError: unexpected EOF while parsing
#   yieldc:  compiles it
x = 1
\
