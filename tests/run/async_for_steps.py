# `async for` over an async generator: the item that comes without an await
# in between, the one whose generator suspends first (asyncio.sleep), its
# end and its exceptions; __anext__ of other async iterators, including one
# that raises StopAsyncIteration itself; a generator that is already running.
import asyncio


async def plain(n):
    for i in range(n):
        yield i
    print("plain done")


async def sleepy(n):
    try:
        for i in range(n):
            if i % 2:
                await asyncio.sleep(0)
            yield i * 10
    finally:
        print("sleepy finally")


async def returns_early():
    yield 1
    return


async def fails(after):
    for i in range(after):
        yield i
    raise ValueError("fails after %d" % after)


async def fails_after_sleep():
    yield "a"
    await asyncio.sleep(0)
    raise KeyError("late")


class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


class RaisesDirectly:
    """__anext__ is a plain method: it raises instead of returning an awaitable."""

    def __init__(self, n, exc):
        self.n = n
        self.exc = exc

    def __aiter__(self):
        return self

    def __anext__(self):
        if self.n == 0:
            raise self.exc
        self.n -= 1
        return self.step()

    async def step(self):
        await asyncio.sleep(0)
        return self.n


async def collect(ait):
    out = []
    async for x in ait:
        out.append(x)
    return out


async def inner_agen_loop():
    # async for inside an async generator, over one that awaits
    async for x in sleepy(3):
        yield x + 1


shared = None


async def reenter():
    yield 1
    try:
        async for y in shared:
            print("never", y)
    except RuntimeError as e:
        print("RuntimeError:", e)
    yield 2


async def slow_shared():
    yield "first"
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    yield "second"


async def drain_shared(name, g):
    try:
        async for x in g:
            print(name, "got", x)
    except RuntimeError as e:
        print(name, "RuntimeError:", e)


async def cancelled_consumer(started):
    try:
        async for x in sleepy(100):
            if x == 10:
                started.set_result(None)
    except asyncio.CancelledError:
        print("consumer cancelled")
        raise


async def main():
    global shared
    print(await collect(plain(4)))
    print(await collect(sleepy(5)))
    print(await collect(returns_early()))
    for make in (lambda: fails(2), fails_after_sleep):
        got = []
        try:
            async for x in make():
                got.append(x)
        except (ValueError, KeyError) as e:
            print(type(e).__name__, e, got)
    print(await collect(Counter(3)))
    print(await collect(RaisesDirectly(3, StopAsyncIteration)))
    try:
        await collect(RaisesDirectly(2, ZeroDivisionError("from __anext__")))
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    print(await collect(inner_agen_loop()))

    # exhausted, then looped over again: ends at once
    g = plain(2)
    print(await collect(g), await collect(g))

    # break, then the rest by hand
    g = sleepy(6)
    async for x in g:
        if x == 20:
            break
    print("after break", await g.__anext__(), await g.asend(None))
    await g.aclose()

    # the generator loops over itself while it runs
    shared = reenter()
    print(await collect(shared))

    # two consumers of one generator: the second finds it running (suspended
    # in an await under the first consumer's step)
    g = slow_shared()
    await asyncio.gather(drain_shared("one", g), drain_shared("two", g))

    # cancelled while the generator awaits inside the loop's step
    loop = asyncio.get_running_loop()
    started = loop.create_future()
    t = asyncio.ensure_future(cancelled_consumer(started))
    await started
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled", t.cancelled())


asyncio.run(main())
