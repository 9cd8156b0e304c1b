# PEP 828 as accepted, the reference implementation's parity tests with PEP
# 380 (CPython PR #155127, TestPEP828Operation), second part: delegates
# that are not async generators (__aiter__/__anext__ looked up on the type,
# asend/athrow/aclose ordinary attributes: a missing asend is an
# AttributeError once a value is sent, a missing athrow re-raises the
# exception `from None`, a missing aclose is skipped), a broken __getattr__,
# custom asend and StopAsyncIteration values, and the running state: a
# generator delegating counts as running for every operation.
import asyncio

log = []

def show(title):
    print(title)
    for line in log:
        print("  ", line)
    log.clear()

async def numbers(n):
    for i in range(n):
        yield i

class Wrapped:
    # an async iterator over a sync iterable, with no asend/athrow/aclose
    def __init__(self, items):
        self.it = iter(items)

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            return next(self.it)
        except StopIteration:
            raise StopAsyncIteration

async def over_numbers():
    try:
        log.append("start")
        yield from numbers(3)
        log.append("not reached")
    finally:
        log.append("finally")

async def over_wrapped(items):
    try:
        log.append("start")
        yield from Wrapped(items)
        log.append("after")
    finally:
        log.append("finally")

class Broken:
    def __aiter__(self):
        return self

    async def __anext__(self):
        return 1

    def __getattr__(self, name):
        return 1 // 0

async def over_broken():
    yield from Broken()

class Gives:
    def __init__(self, value):
        self.value = value

    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration(self.value)

async def takes(it):
    r = yield from it
    log.append("value " + repr(r))

class Sink:
    def __aiter__(self):
        return self

    async def __anext__(self):
        return "from anext"

    async def asend(self, what):
        log.append("asend got " + repr(what))
        return "from asend"

class NoThrow:
    def __aiter__(self):
        return self

    async def __anext__(self):
        await asyncio.sleep(0)
        return "item"

class CloseChecks:
    def __aiter__(self):
        return self

    async def __anext__(self):
        return 42

    async def aclose(self):
        log.append("aclose: delegator running " + str(checked.ag_running))
        try:
            await anext(checked)
        except RuntimeError as e:
            log.append("aclose: RuntimeError " + str(e))

async def over(it):
    yield from it

# the running state: one -> two -> one again
async def one():
    yield 0
    yield from two()
    yield 3

async def two():
    yield 1
    try:
        yield from g1
    except RuntimeError as e:
        log.append("two: RuntimeError " + str(e))
    yield 2

class Mine(Exception):
    pass

async def one_t():
    try:
        yield 0
    except Mine:
        pass
    yield from two_t()
    try:
        yield 3
    except Mine:
        pass

async def two_t():
    try:
        yield 1
    except Mine:
        pass
    try:
        yield from g1
    except RuntimeError as e:
        log.append("two_t: RuntimeError " + str(e))
    try:
        yield 2
    except Mine:
        pass

# a loop: a1 -> a2 -> a1
async def a1():
    log.append("a1 starts")
    yield "y1"
    log.append("a1 delegates to a2")
    yield from a2()
    log.append("not reached")

async def a2():
    log.append("a2 starts")
    yield "y2"
    log.append("a2 delegates to a1")
    yield from ga
    log.append("not reached")

async def main():
    global g1, checked, ga
    async for x in over_numbers():
        log.append("item " + str(x))
    show("anext to a plain async generator:")

    g = over_numbers()
    for i in range(3):
        log.append("asend(None) gave " + str(await g.asend(None)))
    await g.aclose()
    show("asend(None) is anext, then aclose:")

    g = over_numbers()
    await anext(g)
    try:
        await g.athrow(ValueError("into numbers"))
    except ValueError as e:
        log.append("ValueError " + str(e))
    show("athrow into a plain async generator:")

    async for x in over_wrapped(["a", "b"]):
        log.append("item " + x)
    show("a delegate with __aiter__/__anext__ only:")

    g = over_wrapped([1, 2, 3])
    await anext(g)
    try:
        await g.asend(42)
    except AttributeError as e:
        log.append("AttributeError " + str(e))
    show("asend(42) to a delegate without asend:")

    g = over_wrapped([1, 2, 3])
    await anext(g)
    e = ValueError("no athrow")
    try:
        await g.athrow(e)
    except ValueError as caught:
        log.append("ValueError " + str(caught) + ", same " + str(caught is e) +
                   ", cause " + repr(caught.__cause__) + ", suppressed " + str(caught.__suppress_context__))
    show("athrow to a delegate without athrow:")

    g = over_wrapped([1, 2, 3])
    await anext(g)
    await g.aclose()
    show("aclose of a delegate without aclose:")

    g = over_wrapped([])
    try:
        await anext(g)
    except StopAsyncIteration:
        log.append("StopAsyncIteration")
    show("an empty delegate:")

    for op in ["asend", "athrow"]:
        g = over_broken()
        log.append("first " + str(await anext(g)))
        try:
            if op == "asend":
                await g.asend(1)
            else:
                await g.athrow(AttributeError)
        except ZeroDivisionError:
            log.append(op + ": ZeroDivisionError")
        show("a broken __getattr__, " + op + ":")
    g = over_broken()
    await anext(g)
    try:
        await g.aclose()
        log.append("aclose went on (the error is unraisable)")
    except ZeroDivisionError:
        log.append("aclose: ZeroDivisionError")
    show("a broken __getattr__, aclose:")

    for v in [42, None, (1, 2)]:
        async for x in takes(Gives(v)):
            pass
    async for x in takes(Wrapped([])):
        pass
    show("StopAsyncIteration from __anext__ gives the value:")

    g = over(Sink())
    log.append(await anext(g))
    log.append(await g.asend((1, 2, 3, 4)))
    log.append(await g.asend(None))
    show("a custom asend gets the sent value:")

    g = over(NoThrow())
    log.append(await anext(g))
    try:
        await g.athrow(KeyError("k"))
    except KeyError as e:
        log.append("KeyError " + str(e) + " cause " + repr(e.__cause__))
    show("athrow, delegate without athrow that awaits:")

    checked = over(CloseChecks())
    await anext(checked)
    await checked.aclose()
    show("the delegator is running while its delegate's aclose runs:")

    g1 = one()
    log.append(repr([x async for x in g1]))
    g1 = one()
    res = [await anext(g1)]
    try:
        while True:
            res.append(await g1.asend(42))
    except StopAsyncIteration:
        pass
    log.append(repr(res))
    show("delegating generators claim to be running (anext, asend):")

    g1 = one_t()
    res = [await anext(g1)]
    try:
        while True:
            res.append(await g1.athrow(Mine))
    except StopAsyncIteration:
        pass
    log.append(repr(res))
    show("delegating generators claim to be running (athrow):")

    ga = a1()
    try:
        async for y in ga:
            log.append("item " + y)
    except RuntimeError as e:
        log.append("RuntimeError " + str(e))
    show("an attempted delegation loop:")

asyncio.run(main())
