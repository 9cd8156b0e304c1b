# Finding (probe; the compiler accepts invalid Python): format specs nested
# three deep.
#   CPython: SyntaxError: f-string: expressions nested too deeply
#   yieldc:  compiles it; the program raises ValueError: Invalid format
#            specifier '  2' for object of type 'int'
print(f"{1:{2:{3}}}")
