# `await asyncio.sleep(0)`, which yieldc compiles to a bare yield with no
# sleep object (emit_expr.c's is_sleep0, yrt_await_sleep0), beside the
# general path: the sleep object awaited later, sleep(0, result), sleep(0.0).
import asyncio


async def direct():
    v = await asyncio.sleep(0)
    print("direct got", v)
    return "direct done"


async def general():
    s = asyncio.sleep(0)
    print("general got", await s)
    print("with result", await asyncio.sleep(0, "r"))
    print("float zero", await asyncio.sleep(0.0))
    try:
        await s
    except RuntimeError as e:
        print("RuntimeError:", e)


def drive(coro, *values):
    """Step a coroutine by hand: what each send yields, then its end."""
    try:
        print("first yields", coro.send(None))
        for v in values:
            print("send", v, "yields", coro.send(v))
    except StopIteration as e:
        print("returned", e.value)


async def catcher():
    try:
        await asyncio.sleep(0)
    except ValueError as e:
        print("caught", e)
    await asyncio.sleep(0)
    return "catcher done"


async def closer():
    try:
        await asyncio.sleep(0)
    finally:
        print("closer's finally")


async def spinner(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)


async def forever():
    while True:
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(spinner("a", 3), spinner("b", 2))
    task = asyncio.create_task(forever())
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled at sleep(0)")
    await general()


drive(direct(), 5)
c = catcher()
print("first yields", c.send(None))
print("throw yields", c.throw(ValueError("thrown")))
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
c = closer()
c.send(None)
c.close()
print("closed")
asyncio.run(main())


async def awaited_twice():
    """A coroutine a task runs, suspended in sleep(0), awaited again."""
    coro = direct()
    task = asyncio.create_task(coro)
    await asyncio.sleep(0)
    try:
        await coro
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await task)


asyncio.run(awaited_twice())
