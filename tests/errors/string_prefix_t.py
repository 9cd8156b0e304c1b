# t-strings are Python 3.14; 3.11 reads a name t, then a string.
print(t"x")
