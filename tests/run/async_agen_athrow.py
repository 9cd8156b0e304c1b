# athrow: an exception thrown in at the suspended yield, caught inside
# (athrow then returns the next yielded value), or not caught (it comes
# out of the await), thrown as a class or an instance.
import asyncio

class E(Exception):
    pass

async def resilient():
    i = 0
    while i < 5:
        try:
            yield i
        except E as e:
            print("  resilient caught", repr(e))
            await asyncio.sleep(0)
            yield "recovered from " + str(e)
        i += 1

async def fragile():
    try:
        yield 1
        yield 2
    finally:
        print("  fragile finally")

async def main():
    r = resilient()
    print(await r.__anext__())
    print(await r.__anext__())
    print("athrow ->", await r.athrow(E("boom")))
    print("next ->", await r.__anext__())
    print("athrow class ->", await r.athrow(E))
    rest = []
    async for v in r:
        rest.append(v)
    print("rest", rest)
    f = fragile()
    print(await f.__anext__())
    try:
        await f.athrow(ValueError("unhandled"))
    except ValueError as e:
        print("came out:", e)
    try:
        await f.__anext__()
    except StopAsyncIteration:
        print("fragile is finished")
    f2 = fragile()
    print(await f2.__anext__())
    try:
        await f2.athrow(KeyError)
    except KeyError as e:
        print("class came out as", repr(e))

asyncio.run(main())
