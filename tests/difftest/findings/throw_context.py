# Finding (difftest with --known, e.g. `run.py 16 --start 3001 --known` finds seed 3005; output differs):
# an exception thrown in by throw() or athrow() while the caller is
# handling another exception gets that exception as its __context__ in
# yieldc.  CPython chains a thrown exception only to what the generator
# itself is handling (_PyErr_ChainStackItem on the generator's own
# exception state), so here it stays None.
#   CPython: g caught ValueError('v') None / h KeyError('k') None /
#            ag caught ValueError('v') None
#   yieldc:  g caught ValueError('v') RuntimeError('ctx') /
#            h KeyError('k') RuntimeError('ctx') /
#            ag caught ValueError('v') RuntimeError('ctx')
import asyncio

def g():
    try:
        yield 1
    except ValueError as e:
        print("g caught", repr(e), repr(e.__context__))
        yield 2

def h():
    yield 1

x = g()
next(x)
y = h()
try:
    raise RuntimeError("ctx")
except RuntimeError:
    x.throw(ValueError("v"))
    try:
        y.throw(KeyError("k"))
    except KeyError as e:
        print("h", repr(e), repr(e.__context__))

async def ag():
    try:
        yield 1
    except ValueError as e:
        print("ag caught", repr(e), repr(e.__context__))
        yield 2

async def main():
    a = ag()
    await a.__anext__()
    try:
        raise RuntimeError("ctx")
    except RuntimeError:
        await a.athrow(ValueError("v"))
    await a.aclose()

asyncio.run(main())
