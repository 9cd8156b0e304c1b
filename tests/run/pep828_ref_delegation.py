# PEP 828 as accepted, the reference implementation's parity tests with PEP
# 380 (CPython PR #155127, Lib/test/test_yield_from_async.py,
# TestPEP828Operation), first part: anext/asend/athrow/aclose delegated to
# an async generator, exceptions at each step, return values.  Each
# scenario prints its event log; the lines encode the test's expectations.
import asyncio

log = []

def show(title):
    print(title)
    for line in log:
        print("  ", line)
    log.clear()

# delegation of the first anext()
async def initial_outer():
    log.append("outer begins")
    yield from initial_inner()
    log.append("outer ends")

async def initial_inner():
    log.append("inner begins")
    yield 42
    log.append("inner ends")

# an exception in the first anext()
async def boom_outer():
    try:
        log.append("outer begins")
        yield from boom_inner()
    finally:
        log.append("outer finally")

async def boom_inner():
    try:
        log.append("inner begins")
        raise ValueError("boom at start")
        yield "never"
    finally:
        log.append("inner finally")

# delegation of later anext() calls
async def two_level():
    log.append("outer begins")
    yield "outer 1"
    yield from two_inner()
    yield "outer 2"
    log.append("outer ends")

async def two_inner():
    log.append("inner begins")
    yield "inner 1"
    yield "inner 2"
    log.append("inner ends")

# an exception in a later anext()
async def later_outer():
    try:
        yield "outer 1"
        yield from later_inner()
        yield "outer 2"
    finally:
        log.append("outer finally")

async def later_inner():
    try:
        yield "inner 1"
        raise ValueError("boom later")
    finally:
        log.append("inner finally")

# delegation of asend()
async def send_outer():
    x = yield "outer 1"
    log.append("outer got " + str(x))
    yield from send_inner()
    x = yield "outer 2"
    log.append("outer got " + str(x))

async def send_inner():
    x = yield "inner 1"
    log.append("inner got " + str(x))
    x = yield "inner 2"
    log.append("inner got " + str(x))

async def send_boom_inner():
    x = yield "inner 1"
    log.append("inner got " + str(x))
    raise ValueError("boom on send")

async def send_boom_outer():
    yield "outer 1"
    yield from send_boom_inner()
    yield "outer 2"

# delegation of aclose(), also when the inner finally raises
async def close_outer(bad):
    try:
        yield "outer 1"
        yield from close_inner(bad)
        yield "outer 2"
    finally:
        log.append("outer finally")

async def close_inner(bad):
    try:
        yield "inner 1"
        yield "inner 2"
    finally:
        log.append("inner finally")
        if bad:
            raise ValueError("boom in finally")

# return values: None, an int, a tuple, an exception object
async def valued(v):
    log.append("valued begins")
    yield "v1"
    yield "v2"
    log.append("valued ends")
    if v:
        return v

async def collect_values():
    yield "first"
    r = yield from valued(None)
    log.append("got " + repr(r))
    for v in [7, (8,), StopAsyncIteration(9)]:
        r = yield from valued(v)
        log.append("got " + repr(r))
    yield "last"

# a value that only the exception holds
async def fresh():
    yield "f"
    return ["only", "ref"]

async def holder():
    r = yield from fresh()
    log.append("fresh gave " + repr(r))

# athrow() delegated: the inner generator catches it and goes on
class Lunch(Exception):
    pass

async def lunch_outer():
    try:
        yield "outer 1"
        yield from lunch_inner()
        yield "outer 2"
    finally:
        log.append("outer finally")

async def lunch_inner():
    try:
        yield "inner 1"
        yield "inner 2"
    except Lunch:
        log.append("inner caught Lunch")
        yield "inner saved"
        yield "inner 3"

# 1/0 in the first anext of the inner generator
async def div_outer():
    log.append("outer about to delegate")
    yield from div_inner()
    log.append("not reached")

async def div_inner():
    yield 1 // 0

async def main():
    async for x in initial_outer():
        log.append("item " + str(x))
    show("initial anext:")

    try:
        async for x in boom_outer():
            log.append("item " + str(x))
    except ValueError as e:
        log.append("ValueError " + str(e))
    show("exception in the first anext:")

    async for x in two_level():
        log.append("item " + str(x))
    show("later anext:")

    try:
        async for x in later_outer():
            log.append("item " + str(x))
    except ValueError as e:
        log.append("ValueError " + str(e))
    show("exception in a later anext:")

    g = send_outer()
    await anext(g)
    n = 1
    try:
        while True:
            y = await g.asend(n)
            log.append("item " + str(y))
            n += 1
    except StopAsyncIteration:
        log.append("done")
    show("asend:")

    g = send_boom_outer()
    await anext(g)
    try:
        y = await g.asend("a")
        log.append("item " + str(y))
        await g.asend("b")
    except ValueError as e:
        log.append("ValueError " + str(e))
    show("exception while delegating asend:")

    for bad in [False, True]:
        g = close_outer(bad)
        log.append("item " + await anext(g))
        log.append("item " + await anext(g))
        try:
            await g.aclose()
            log.append("closed")
        except ValueError as e:
            log.append("ValueError " + str(e) + ", context " + type(e.__context__).__name__)
        show("aclose (finally raises: " + str(bad) + "):")

    g = close_outer(False)
    await anext(g)
    await anext(g)
    try:
        await g.athrow(ValueError("thrown in"))
    except ValueError as e:
        log.append("ValueError " + str(e))
    show("athrow:")

    async for x in collect_values():
        log.append("item " + str(x))
    show("return values:")

    out = [x async for x in holder()]
    log.append(repr(out))
    show("a return value only the exception holds:")

    g = lunch_outer()
    log.append("item " + await anext(g))
    log.append("item " + await anext(g))
    log.append("athrow gave " + await g.athrow(Lunch("no lunch")))
    async for x in g:
        log.append("item " + x)
    show("value from a delegated athrow:")

    try:
        await anext(div_outer())
    except ZeroDivisionError as e:
        log.append("ZeroDivisionError " + str(e))
    show("exception in the inner first anext:")

asyncio.run(main())
