# Finding (issue 13; fuzz, check_corpus.py `known operator_newline`; the compiler accepts invalid Python):
# a binary operator at the end of a line (or before a comment), its right operand on the next.
#   CPython: SyntaxError: invalid syntax
#   yieldc:  compiles it; the program prints 0
y = 1 -
1
print(y)
