# PEP 479 applies to StopIteration thrown into a generator as to one raised
# inside: throw() into a generator that has not started yet, or is
# suspended, gives RuntimeError chained to it.  Into a finished generator
# the exception comes back as it is.  A finished coroutine refuses any
# throw().

def gen():
    try:
        yield 1
    finally:
        print("  finally ran")

def show(label, g, exc):
    try:
        g.throw(exc)
    except BaseException as e:
        print(label + ":", type(e).__name__, repr(str(e)),
              "cause", type(e.__cause__).__name__, "context", type(e.__context__).__name__)

show("not started", gen(), StopIteration)
show("not started, an instance", gen(), StopIteration("v"))
s = gen()
next(s)
show("suspended", s, StopIteration)
d = gen()
print(list(d))
show("finished", d, StopIteration)
show("not started, GeneratorExit", gen(), GeneratorExit)

async def co():
    return "done"

show("coroutine not started", co(), StopIteration)
c = co()
try:
    c.send(None)
except StopIteration as e:
    print("coroutine returned", e.value)
show("coroutine finished", c, StopIteration)
show("coroutine finished, ValueError", c, ValueError)
c.close()
print("closing it is fine")
