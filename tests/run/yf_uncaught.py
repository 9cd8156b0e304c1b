# An exception escaping from deep inside a yield-from chain, uncaught.

class DeepError(Exception):
    pass

def level0():
    yield "level0 value"
    raise DeepError("raised five levels down")

def level1():
    yield from level0()

def level2():
    yield from level1()

def level3():
    x = yield from level2()
    yield x

def level4():
    yield from level3()

for v in level4():
    print("got", v)
print("not reached")
