# Finding (difftest seed 408355, before gen.py deleted `e` in its handlers;
# output differs), kept as a documented difference (README, "Tracebacks ...
# do not keep frames alive"): g is released while suspended in its
# `except GeneratorExit as e:` handler and ignores the close.  In CPython the
# frame keeps e, e's traceback keeps the frame, so the delegate inner() is
# closed only by the cycle collector (at exit, after "after del 0"); yieldc
# closes it when g is freed.  With `del e` (d=1) both agree.
#   CPython: g exit GeneratorExit() / after del 0 / ... / inner closed (at exit)
#   yieldc:  g exit GeneratorExit() / inner closed / after del 0 / ...
def inner():
    try:
        yield 1
    finally:
        print("inner closed")

def g(d):
    try:
        yield "g"
    except GeneratorExit as e:
        print("g exit", repr(e))
        if d:
            del e
        yield from inner()

for d in (0, 1):
    x = g(d)
    next(x)
    del x
    print("after del", d)
