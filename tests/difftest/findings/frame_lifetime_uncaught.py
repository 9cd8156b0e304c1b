# Finding (difftest seed 605256, before gen.py's drivers dropped their
# generators when an exception leaves them; stderr differs), kept as a
# documented difference (README, "Tracebacks ... do not keep frames alive"):
# main() holds a suspended generator g that ignores GeneratorExit when an
# uncaught exception leaves main.  CPython keeps main's frame, and so g, in
# the exception's traceback: g is finalised at exit, after the traceback is
# printed.  yieldc finalises g as the exception leaves main, before.
#   CPython stderr: Traceback ... / ValueError: out / Exception ignored in:
#                   <generator object g ...> / RuntimeError: generator ignored GeneratorExit
#   yieldc stderr:  Exception ignored in: ... / RuntimeError: ... / Traceback ... / ValueError: out
def g():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("g ignores GeneratorExit")

def main():
    x = g()
    next(x)
    raise ValueError("out")

main()
