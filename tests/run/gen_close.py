# close(): GeneratorExit, no-ops on never-started and finished generators,
# close() returns None.

def tracked(name):
    print(" ", name, "started")
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print(" ", name, "got GeneratorExit")
        raise
    finally:
        print(" ", name, "finally")

print("close a never-started generator:")
a = tracked("a")
print(a.close())
print(next(a, "a is finished"))

print("close a suspended generator:")
b = tracked("b")
print(next(b))
print(b.close())
print(next(b, "b is finished"))
print("close it twice:")
print(b.close())

print("close a finished generator:")
c = tracked("c")
print(list(c))
print(c.close())

print("close catching GeneratorExit and returning:")
def swallow():
    try:
        yield "s"
    except GeneratorExit:
        print("  swallow: returning normally")
        return "ignored value"

s = swallow()
next(s)
print("close returned", s.close())

print("GeneratorExit is not an Exception:")
def broad():
    try:
        yield 1
    except Exception:
        print("  never: GeneratorExit is a BaseException")
    finally:
        print("  broad finally")

x = broad()
next(x)
x.close()
print(isinstance(GeneratorExit(), Exception), isinstance(GeneratorExit(), BaseException))

print("a generator without try is closed silently:")
def plain():
    yield 1
    print("never printed")
    yield 2
p = plain()
next(p)
p.close()
print(list(p))
