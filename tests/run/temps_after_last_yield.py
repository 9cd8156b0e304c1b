# The values a statement computes around its suspension points: a value
# made before a yield (or await) of its statement and used after it lives
# in the generator's frame; one made after the statement's last yield is
# a C local.  Every shape of statement that counts its yields, with heap
# values (strings, lists) so that a reference lost or released twice shows
# under the sanitizers, and throw() and close() at each yield so that the
# values live there are released on the way out.
import asyncio


def word(s):
    return "<" + s + ">"


def assign_sent():
    total = ""
    while True:
        x = yield total
        if x is None:
            return total
        total = total + word(x)


def two_yields():
    a = word("a") + (yield 1) + word("b") + (yield 2) + word("c")
    yield a
    b = [word("x"), (yield 3), word("y")] + [(yield 4), word("z")]
    yield b
    return (yield 5) + word("end") + (yield 6)


def conditional(flag):
    x = (yield "then") + word("t") if flag else word("e") + (yield "else")
    yield x
    y = flag and (yield "and") + word("a") or word("o") + (yield "or")
    yield y
    z = word("left") + ((yield "inner") if flag else "") + word("right")
    yield z


def call_args():
    r = "".join([word("p"), (yield "first"), word("q"), (yield "second")])
    yield r
    print(word("printed"), (yield "arg"), word("after"))


def tests():
    n = 0
    while (yield "test " + str(n)) != word("stop"):
        n += 1
        if (yield "if") + word("x") == "yes<x>":
            yield "matched " + str(n)
    assert (yield "assert") == "ok", word("message") + (yield "msg")
    yield "asserted"
    d = {"k": word("v"), "m": word("w")}
    del d[(yield "del")]
    yield sorted(d)
    raise ValueError(word("raised") + (yield "raise"))


def drive(gen, sends):
    out = [next(gen)]
    try:
        for s in sends:
            out.append(gen.send(s))
    except StopIteration as e:
        out.append(("return", e.value))
    except Exception as e:
        out.append((type(e).__name__, str(e)))
    return out


print(drive(assign_sent(), ["a", "bc", None]))
print(drive(two_yields(), ["1", "2", None, "3", "4", None, "5", "6"]))
print(drive(conditional(True), ["T", None, "A", None, "I", None]))
print(drive(conditional(False), ["E", None, "O", None]))
print(drive(call_args(), ["F", "S", None, "ARG", None]))
print(drive(tests(), [word("go"), "no", "<stop>", "ok", "m", "k", None, "R"]))
print(drive(tests(), ["<stop>", "bad", "why"]))


class Boom(Exception):
    pass


def throw_at_each(make, sends):
    # run to the k-th yield, then throw there (values live across it are
    # released by the exception's way out), for each k
    k = 0
    while True:
        g = make()
        try:
            v = next(g)
            for s in sends[:k]:
                v = g.send(s)
        except StopIteration:
            print("  ran out at", k)
            return
        try:
            g.throw(Boom(word(str(k))))
        except Boom as e:
            print("  throw at", k, "->", repr(v), "Boom", e)
        except StopIteration as e:
            print("  throw at", k, "-> stopped", e.value)
        g2 = make()
        try:
            next(g2)
            for s in sends[:k]:
                g2.send(s)
            g2.close()
            print("  close at", k, "ok")
        except StopIteration:
            pass
        k += 1


print("two_yields")
throw_at_each(two_yields, ["1", "2", None, "3", "4", None, "5", "6"])
print("conditional")
throw_at_each(lambda: conditional(True), ["T", None, "A", None, "I", None])


async def value(s):
    await asyncio.sleep(0)
    return word(s)


async def awaits():
    a = await value("a") + word("mid") + await value("b")
    print(a)
    b = [word(str(i)) for i in range(2)] + [await value(str(i)) for i in range(3)] + [word("tail")]
    print(b)
    c = {k: await value(k) for k in "xy"}
    print(c, word("after") + await value("last"))
    if await value("t") == "<t>":
        print("awaited test")
    return word("done") + await value("ret")


print(asyncio.run(awaits()))
