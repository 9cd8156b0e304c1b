# A generator that yields again after GeneratorExit:
# close() raises RuntimeError("generator ignored GeneratorExit").

def stubborn():
    try:
        yield "go"
    except GeneratorExit:
        print("  stubborn: ignoring GeneratorExit")
        yield "not done"
    print("  stubborn: resumed after close, finishing")

s = stubborn()
print(next(s))
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
# The generator is still suspended at the second yield; resume it.
print(next(s, "exhausted"))
print(s.close())

# The same thing with a yield inside finally: after the failed close the
# generator is suspended inside finally; resuming it finishes the finally
# and then the pending GeneratorExit propagates out of next().
def yield_in_finally():
    try:
        yield 1
    finally:
        print("  finally: before yield")
        yield 2
        print("  finally: after yield")

f = yield_in_finally()
print(next(f))
try:
    f.close()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    next(f)
except GeneratorExit as e:
    print("GeneratorExit came out of next:", repr(e))
print(next(f, "finished"))

# A loop that keeps yielding in spite of GeneratorExit.
def loop_forever():
    while True:
        try:
            yield "tick"
        except GeneratorExit:
            print("  loop_forever: no")

lf = loop_forever()
next(lf)
for i in range(2):
    try:
        lf.close()
    except RuntimeError as e:
        print("attempt", i, "->", e)
try:
    lf.throw(ValueError("really stop"))
except ValueError as e:
    print("ValueError finished it:", e)
print(lf.close())
