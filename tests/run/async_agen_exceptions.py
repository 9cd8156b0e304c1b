# Exceptions raised inside an async generator reach the async for that
# consumes it (after the generator's finally), and exceptions raised in the
# loop body leave the generator suspended until it is closed.
import asyncio

class E(Exception):
    pass

async def faulty(n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
        raise E("ran out at " + str(n))
    finally:
        print("  faulty finally")

async def checked(items):
    for x in items:
        if x < 0:
            raise ValueError("negative: " + str(x))
        yield x * 2

async def main():
    got = []
    try:
        async for v in faulty(3):
            got.append(v)
    except E as e:
        print("caught", e, "after", got)
    try:
        async for v in checked([1, 2, -3, 4]):
            print("checked", v)
    except ValueError as e:
        print("ValueError:", e)
    g = faulty(5)
    try:
        async for v in g:
            if v == 2:
                raise KeyError(v)
    except KeyError as e:
        print("body raised", repr(e))
    print("generator still suspended; closing it")
    await g.aclose()
    try:
        async for v in checked([5, -1]):
            try:
                print("body", v)
            finally:
                print("body finally", v)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
