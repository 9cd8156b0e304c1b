# Statements with several suspension points in the shapes the emitter
# counts (code_temp_new: a statement's temps are frame fields only until its
# last yield or await): augmented assignment to subscripts, chained and
# tuple assignment, assert, f-strings, displays, a lambda default, the
# walrus, while tests, del, and awaits in an async function.
import asyncio
def g():
    d = {"a": 1, "b": [1, 2]}
    d[(yield "k")] += (yield "v")
    d["b"][(yield "i")] *= 3
    x = y = (yield "chain")
    a, b = (yield "unpack"), (yield "u2")
    assert (yield "t1") or (yield "t2"), (yield "m")
    print(f"{(yield 'fs')}!", not (yield "not"), -(yield "neg"))
    z = [(yield "lst"), {(yield "dk"): (yield "dv")}, {(yield "set")}]
    w = (lambda q=(yield "dflt"): q)()
    if (v := (yield "walrus")) > 0:
        print("walrus", v)
    while (yield "w1") and (yield "w2"):
        pass
    del d[(yield "del")]
    return d, x, y, a, b, z, w
gen = g()
out = [next(gen)]
for s in ["a", 5, 1, 7, 8, 9, 0, 1, "m", "F", True, 2, 10, "k", "v", "s", 42, 3, 1, 0, "a"]:
    try:
        out.append(gen.send(s))
    except StopIteration as e:
        out.append(("ret", e.value)); break
    except Exception as e:
        out.append((type(e).__name__, str(e))); break
print(out)
async def h(x):
    await asyncio.sleep(0)
    return x
async def main():
    d = {"k": [0, 0]}
    d["k"][await h(1)] += await h(5)
    print(d, [await h(i) async for i in agen()], {await h(1): await h(2)})
    print(await h(1) if await h(0) else await h(2), (await h(3)) and (await h(4)))
async def agen():
    for i in range(2):
        yield await h(i)
asyncio.run(main())
