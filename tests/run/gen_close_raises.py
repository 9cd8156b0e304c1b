# Exceptions raised by a generator while it is being closed.

def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("cleanup failed")

g = raises_other()
next(g)
try:
    g.close()
except ValueError as e:
    print("close raised ValueError:", e)
    print("context is GeneratorExit:", isinstance(e.__context__, GeneratorExit))
print(next(g, "finished"))

def finally_raises():
    try:
        yield 1
    finally:
        print("  finally runs")
        raise KeyError("k")

g2 = finally_raises()
next(g2)
try:
    g2.close()
except KeyError as e:
    print("close raised KeyError:", e)

def reraises():
    try:
        yield 1
    except GeneratorExit as e:
        print("  saw", type(e).__name__, "args", e.args)
        raise

g3 = reraises()
next(g3)
print("close returned", g3.close())

# StopIteration raised while closing is turned into RuntimeError (PEP 479).
def stop_in_close():
    try:
        yield 1
    finally:
        raise StopIteration("odd")

g4 = stop_in_close()
next(g4)
try:
    g4.close()
except RuntimeError as e:
    print("RuntimeError:", e)
