# Finding (difftest seed 400225, before gen.py kept yields out of the finally
# clauses of generators that hold other generators; output differs), kept as
# a documented difference (README, "Tracebacks ... do not keep frames
# alive"): g is released while suspended in a `finally` that close()'s
# GeneratorExit entered, and ignores the close.  In CPython the frame's stack
# keeps the GeneratorExit, its traceback keeps the frame, so the `for` loop's
# inner() is closed only by the cycle collector (at exit, after "after del");
# yieldc closes it when g is freed.  (The seed did the same with an async
# generator and `async for`, closed by asyncio's shutdown_asyncgens.)
#   CPython: g finally / after del / inner closed
#   yieldc:  g finally / inner closed / after del
def inner():
    try:
        yield 1
    finally:
        print("inner closed")

def g():
    try:
        yield "g"
    finally:
        print("g finally")
        for x in inner():
            yield x

x = g()
next(x)
del x
print("after del")
