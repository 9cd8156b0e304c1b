# Finding (fuzz, cc; the C does not compile): an endless `while True:` at module level with no break.
#   CPython: runs forever (a valid program)
#   yieldc:  prog.c: error: no return statement in function returning non-void
#            [-Werror=return-type] in module__body under cc -Wall -Werror
while True:
    pass
