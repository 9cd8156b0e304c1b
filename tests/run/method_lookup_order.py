# obj.name(args): the method is looked up before the arguments are
# evaluated, so a missing method's AttributeError comes first.
def boom(tag):
    print("evaluated", tag)
    raise ValueError(tag)

class C:
    def m(self, x):
        return x
    @staticmethod
    def s(x):
        return x

def gen():
    yield 1

async def coro():
    pass

def attempt(label, f):
    try:
        f()
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("list", lambda: [].nosuch(boom("list")))
attempt("str", lambda: "s".nosuch(boom("str")))
attempt("dict", lambda: {}.nosuch(boom("dict")))
attempt("int", lambda: (5).nosuch(boom("int")))
attempt("None", lambda: None.nosuch(boom("None")))
attempt("gen", lambda: gen().athrow(boom("gen")))
attempt("instance", lambda: C().nosuch(boom("instance")))
attempt("class", lambda: C.nosuch(boom("class")))
attempt("instance ok", lambda: C().m(boom("instance ok")))
attempt("class ok", lambda: C.s(boom("class ok")))
attempt("list ok", lambda: [].append(boom("list ok")))
attempt("undefined name", lambda: [].nosuch(undefined_name))
attempt("kwarg", lambda: {}.nosuch(x=boom("kwarg")))
attempt("rare name", lambda: C().zz_not_a_known_name(boom("rare")))
import math
attempt("module", lambda: math.nosuch(boom("module")))

def with_local(flag):
    if flag:
        v = 1
    return [].nosuch(v)
attempt("unbound local", lambda: with_local(False))

def param(p):
    return [].nosuch(p)
attempt("param", lambda: param(1))

# The method is looked up once, the arguments evaluated once.
log = []
class D:
    def f(self, *a):
        return a
def arg(x):
    log.append(x)
    return x
print(D().f(arg(1), arg(2)), log)
print([c.upper() for c in "abc"], [x for x in range(3) if [].count(x) == 0])

async def main():
    agb = coro()
    try:
        print(await agb.athrow(E2()))
    except Exception as e:
        print("coroutine", type(e).__name__, e)
    agb.close()
import asyncio
asyncio.run(main())
