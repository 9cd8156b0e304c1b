# Finding (probe; the C does not compile): a `global` statement naming a
# variable nothing else mentions.  The generated C declares the static
# G__x and never uses it.
#   CPython: prints done
#   yieldc:  prog.c: error: 'G__x' defined but not used
#            [-Werror=unused-variable] under cc -Wall -Werror
def f():
    global x

f()
print("done")
