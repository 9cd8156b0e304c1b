# Finding (probe; the compiler accepts invalid Python): a lambda inside an
# f-string replacement field without parentheses.
#   CPython: SyntaxError: f-string: invalid syntax
#   yieldc:  compiles it; the program prints the function object
print(f"{lambda q: 1}")
