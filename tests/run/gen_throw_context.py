# An exception thrown into a generator is chained (__context__) only to the
# exception the generator itself is handling, never to the one the caller
# of throw() is handling.

def plain():
    yield 1
    yield 2

def handling():
    try:
        raise KeyError("inside")
    except KeyError:
        yield "in except"

def catch_and_show(g, exc):
    try:
        g.throw(exc)
    except Exception as e:
        print(" ", type(e).__name__, "context:", repr(e.__context__))

try:
    raise IndexError("caller's")
except IndexError:
    print("suspended generator, caller handling IndexError")
    p = plain()
    next(p)
    catch_and_show(p, ValueError("thrown"))
    print("generator not started, caller handling IndexError")
    catch_and_show(plain(), ValueError("thrown"))
    print("finished generator, caller handling IndexError")
    f = plain()
    print(" ", list(f))
    catch_and_show(f, ValueError("thrown"))
    catch_and_show(f, ValueError)
    print("generator handling KeyError, caller handling IndexError")
    h = handling()
    print(" ", next(h))
    catch_and_show(h, ValueError("thrown"))
