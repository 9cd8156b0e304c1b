# Finding (issue 13; fuzz, check_corpus.py `known string_prefix`; the compiler accepts invalid Python):
# the string prefixes rr, t, rt and tr.
#   CPython: SyntaxError: invalid syntax
#   yieldc:  compiles it; the program prints a / b
print(rr"a")
print(t"b")
