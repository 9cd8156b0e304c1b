# throw(GeneratorExit) into a delegating generator: the subgenerator may
# return, yield again, or raise something else.

def returns():
    try:
        print("  enter returns")
        yield
        print("  never")
    except GeneratorExit:
        print("  returns: caught GeneratorExit, returning")
        return "ret"

def yields():
    try:
        print("  enter yields")
        yield
    except GeneratorExit:
        print("  yields: caught GeneratorExit, yielding")
        yield

def raises():
    try:
        print("  enter raises")
        yield
    except GeneratorExit:
        raise ValueError("Vorpal bunny")

def delegate(sub):
    print("  enter delegate")
    r = yield from sub
    print("  never: delegate got", r)

for sub in [returns, yields, raises]:
    g = delegate(sub())
    next(g)
    try:
        g.throw(GeneratorExit)
    except GeneratorExit:
        print("GeneratorExit propagated")
    except RuntimeError as e:
        print("RuntimeError:", e)
    except ValueError as e:
        print("ValueError:", e, "| context:", type(e.__context__).__name__)

# close() on the same shapes
for sub in [returns, yields, raises]:
    g = delegate(sub())
    next(g)
    try:
        print("close ->", g.close())
    except RuntimeError as e:
        print("close RuntimeError:", e)
    except ValueError as e:
        print("close ValueError:", e)
