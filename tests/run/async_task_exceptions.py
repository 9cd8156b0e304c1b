# A task that raises: the exception is stored in the task and re-raised
# every time the task is awaited, even long after it finished.
import asyncio

class E(Exception):
    pass

async def bad(n):
    await asyncio.sleep(0)
    print("bad", n, "raising")
    raise E("bad " + str(n))

async def good(n):
    await asyncio.sleep(0.01)
    return n

async def main():
    t = asyncio.create_task(bad(1))
    try:
        await t
    except E as e:
        print("caught", e)
    for i in range(2):
        try:
            await t
        except E as e:
            print("again", i, e)
    t2 = asyncio.create_task(bad(2))
    g = asyncio.create_task(good(5))
    await asyncio.sleep(0.1)
    print("both finished by now")
    try:
        print(await g)
        print(await t2)
    except E as e:
        print("late await caught", e)
    t3 = asyncio.create_task(bad(3))
    t4 = asyncio.create_task(good(4))
    try:
        print(await t3)
    except E as e:
        print("caught", repr(e))
    print("t4", await t4)

asyncio.run(main())
