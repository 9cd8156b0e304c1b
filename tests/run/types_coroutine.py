# types.coroutine: generator-based coroutines awaited by async def code,
# driven by a hand-written round-robin scheduler (send/throw/close), and
# under asyncio as a bare yield.
import asyncio
import inspect
import types
from types import coroutine


@coroutine
def switch(note):
    """Suspend the awaiting coroutine, handing `note` to the scheduler."""
    reply = yield note
    return reply


@types.coroutine
def wait_for_coroutine(coro):
    # A marked generator may delegate to a coroutine.
    result = yield from coro
    return result


async def task(name, steps):
    done = []
    for i in range(steps):
        reply = await switch((name, i))
        done.append(reply)
    return name + ":" + ",".join(done)


async def double(x):
    await switch(("double", x))
    return 2 * x


async def combined():
    value = await wait_for_coroutine(double(21))
    return value


def run_all(coros):
    """Round robin: send each coroutine the reply to what it yielded."""
    ready = [(c, None) for c in coros]
    results = []
    while ready:
        coro, reply = ready.pop(0)
        try:
            note = coro.send(reply)
        except StopIteration as e:
            results.append(e.value)
            continue
        print("  yielded", note)
        ready.append((coro, "r%s" % (note[1],)))
    return results


print(run_all([task("a", 2), task("b", 3), combined()]))
print(coroutine(switch) is switch, inspect.isgeneratorfunction(switch), inspect.iscoroutinefunction(switch))
s = switch("x")
print(type(s) is types.GeneratorType, inspect.isawaitable(s), next(s))
s.close()


async def guarded():
    try:
        await switch("waiting")
    except ValueError as e:
        print("  caught", e)
        return "recovered"
    finally:
        print("  finally")


g = guarded()
print(g.send(None))
try:
    g.throw(ValueError("boom"))
except StopIteration as e:
    print("result", e.value)
g2 = guarded()
g2.send(None)
g2.close()
print("closed")


def not_marked():
    yield 1


async def bad():
    await not_marked()


try:
    bad().send(None)
except TypeError as e:
    print("TypeError:", e)


@types.coroutine
def relinquish():
    yield


async def worker(name, n, log):
    for i in range(n):
        log.append("%s%d" % (name, i))
        await relinquish()
    return name


async def main():
    log = []
    results = await asyncio.gather(worker("x", 3, log), worker("y", 2, log))
    print(results, log)


asyncio.run(main())


def make_gen():
    return (i * i for i in range(3))


squares = coroutine(make_gen)
print(squares.__name__)


async def use_squares():
    return await squares()


sq = use_squares()
print(sq.send(None), sq.send(None), sq.send(None), end=" ")
try:
    sq.send(None)
except StopIteration as e:
    print("->", e.value)
try:
    coroutine(None)
except TypeError as e:
    print("TypeError:", e)
