# Finding (difftest seed 100710, before gen.py wrapped such functions; output
# differs), kept as a documented difference (README, "Tracebacks ... do not
# keep frames alive"): a generator held by a local of ag1 is finalised when
# the exception leaves ag1 in yieldc, and only when the exception is gone in
# CPython, whose traceback keeps ag1's frame.  Keeping frames as CPython does
# would put the exception in a reference cycle whenever a local holds it
# (`err = e ... raise err`), and yieldc has no cycle collector.
#   CPython: ... am.60 NameError ... / g2.6 GeneratorExit() / handler done
#   yieldc:  ... g2.6 GeneratorExit() / am.60 NameError ... / handler done
import asyncio

def g2(a):
    try:
        yield 1
    except GeneratorExit as e:
        print("g2.6", repr(e))

async def ag1(a):
    yield 1
    sub2 = g2(2)
    print("ag1.12", next(sub2, 'empty'))
    while w4 < 2:
        pass

async def amain():
    agb = ag1(0)
    print("am.54", await agb.__anext__())
    try:
        print("am.60", await agb.__anext__())
    except Exception as e:
        print("am.60", type(e).__name__, repr(e))
    print("handler done")
    del agb
    print("agb deleted")

asyncio.run(amain())
print("end")
