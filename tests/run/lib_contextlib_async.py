# contextlib with asyncio: an async connection pool as an
# @asynccontextmanager, AsyncExitStack over several resources, aclosing on
# an async generator, and suppress/nullcontext/closing on the sync side.
import asyncio
from contextlib import (asynccontextmanager, AsyncExitStack, aclosing, closing,
                        contextmanager, nullcontext, suppress, ExitStack)

events = []


@asynccontextmanager
async def session(name, fail_on_close=False):
    events.append(f"open {name}")
    await asyncio.sleep(0)
    try:
        yield f"<{name}>"
    except KeyError as e:
        events.append(f"{name} absorbed {e!r}")
    finally:
        await asyncio.sleep(0)
        events.append(f"close {name}")
        if fail_on_close:
            raise OSError(f"{name} close failed")


async def numbers(n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        events.append("numbers finalized")


async def worker(name, items):
    async with session(name) as s:
        for item in items:
            await asyncio.sleep(0)
            events.append(f"{s} got {item}")
        return len(items)


async def main():
    async with session("a") as a, session("b") as b:
        print("inside", a, b)
    async with session("c"):
        raise KeyError("missing")
    try:
        async with session("d"):
            raise ValueError("bad value")
    except ValueError as e:
        print("ValueError:", e)

    async with AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(session(n)) for n in "xyz"]
        stack.callback(events.append, "sync callback")
        print(conns)
    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(session("p", fail_on_close=True))
            await stack.enter_async_context(session("q"))
            raise LookupError("body failed")
    except OSError as e:
        print("OSError:", e, "| context:", repr(e.__context__))

    async with aclosing(numbers(10)) as agen:
        async for i in agen:
            if i == 2:
                break
    print("stopped early")

    print(await asyncio.gather(worker("w1", ["j1", "j2"]), worker("w2", ["j3"])))

    async with nullcontext(5) as five:
        print("null", five)


asyncio.run(main())
for e in events:
    print(" ", e)


@contextmanager
def opened(path):
    print("open", path)
    yield path
    print("close", path)


class Port:
    def close(self):
        print("port closed")


with ExitStack() as stack:
    files = [stack.enter_context(opened(p)) for p in ("a.txt", "b.txt")]
    stack.enter_context(closing(Port()))
    with suppress(ZeroDivisionError, KeyError):
        print(1 / 0)
    print(files)
