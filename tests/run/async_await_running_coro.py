# Awaiting a coroutine that is already suspended in an await of its own
# (driven by a task, or by hand) raises RuntimeError at once: the second
# awaiter cannot take it over.  The first driver carries on undisturbed.
import asyncio

async def work(name):
    print("work", name, "starts")
    await asyncio.sleep(0.01)
    print("work", name, "ends")
    return name + "!"

async def main():
    c = work("a")
    t = asyncio.create_task(c)
    await asyncio.sleep(0)
    try:
        r = await c
        print("second awaiter got", r)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("the task still gets", await t)

    # Driven by hand: suspended at its sleep, it cannot be awaited either.
    d = work("b")
    d.send(None)
    try:
        await d
    except RuntimeError as e:
        print("RuntimeError:", e)
    d.close()

    # A coroutine not started yet, or finished, is not "being awaited".
    e = work("c")
    print("awaited directly:", await e)
    try:
        await e
    except RuntimeError as err:
        print("RuntimeError:", err)

asyncio.run(main())
