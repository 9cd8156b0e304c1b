# The cases of run/inline_async_generators and run/inline_async_generators_off:
# `async for x in agen(...)` where the compiler inlines agen's body into the
# loop (emit.c's emit_for_inline), its awaits suspending the caller; each
# way in and out of the loop and of the async generator.
import asyncio


async def ticks(n):
    i = 0
    while i < n:
        yield i
        i += 1


async def slow(name, n):
    for i in range(n):
        await asyncio.sleep(0)
        print("  ", name, "made", i)
        yield name + str(i)


async def helper(x):
    await asyncio.sleep(0)
    return x * 10


async def awaiting(n):
    for i in range(n):
        v = await helper(i)
        yield v
        yield await helper(v)


async def raises_after(n):
    yield n
    await asyncio.sleep(0)
    raise ValueError("after %d" % n)


async def stops_async():
    yield 1
    raise StopAsyncIteration


async def stops_sync():
    yield 1
    raise StopIteration("sync")


async def early(n):
    yield "first"
    if n:
        return
    yield "second"


async def inner_loop(n):
    async for t in ticks(n):
        yield t * 2


async def sleeper():
    yield "before"
    await asyncio.sleep(10)
    yield "never"


async def consume(name, n):
    out = []
    async for v in slow(name, n):
        out.append(v)
    print(name, "got", out)


async def reyield(n):
    async for v in ticks(n):
        yield v + 100


async def unbound(flag):
    if flag:
        y = 1
    yield y


async def main():
    total = 0
    async for x in ticks(5):
        total += x
    print("total", total)

    print("two tasks interleave")
    await asyncio.gather(consume("a", 3), consume("b", 2))

    print("awaits in the body, and yield await")
    async for v in awaiting(2):
        print(v, end=" ")
    print()

    print("break")
    async for v in slow("c", 5):
        if v == "c1":
            break
    print("after break")

    print("else")
    async for v in early(1):
        print(v)
    else:
        print("else ran")
    async for v in early(0):
        print(v)

    print("raises")
    try:
        async for v in raises_after(4):
            print("got", v)
    except ValueError as e:
        print("ValueError", e)
    try:
        async for v in stops_async():
            print("got", v)
    except RuntimeError as e:
        print("RuntimeError", e, repr(e.__cause__))
    try:
        async for v in stops_sync():
            print("got", v)
    except RuntimeError as e:
        print("RuntimeError", e, repr(e.__cause__))

    print("async for inside")
    async for v in inner_loop(3):
        print(v, end=" ")
    print()

    print("an async generator's async for")
    print([v async for v in reyield(3)])
    g = reyield(5)
    print(await g.__anext__(), await g.__anext__())
    await g.aclose()

    print("unbound")
    try:
        async for v in unbound(False):
            print(v)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)

    print("cancelled while suspended inside")

    async def run_sleeper():
        try:
            async for v in sleeper():
                print("sleeper", v)
        except asyncio.CancelledError:
            print("cancelled in the loop")
            raise

    task = asyncio.create_task(run_sleeper())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("task cancelled")

    print("the loop body raises")
    try:
        async for v in slow("d", 3):
            raise KeyError(v)
    except KeyError as e:
        print("KeyError", e)


asyncio.run(main())
