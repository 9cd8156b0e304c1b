# Exceptions raised deep in an await chain, caught at different levels,
# re-raised, converted and passed through finally blocks.
import asyncio

class E(Exception):
    pass

class SubE(E):
    pass

async def fail(kind):
    await asyncio.sleep(0)
    if kind == "value":
        raise ValueError("bad value")
    if kind == "sub":
        raise SubE("sub error")
    if kind == "key":
        d = {}
        return d["missing"]
    if kind == "zero":
        return 1 // 0
    return "ok " + kind

async def middle(kind):
    try:
        r = await fail(kind)
        print("  middle got", r)
        return r
    finally:
        print("  middle finally", kind)

async def catch_here(kind):
    try:
        return await middle(kind)
    except ValueError as e:
        print("  caught ValueError at catch_here:", e)
        return "recovered"

async def top(kind):
    try:
        r = await catch_here(kind)
        print(" top got", r)
    except E as e:
        print(" top caught", type(e).__name__, e)
    except LookupError as e:
        print(" top caught LookupError", type(e).__name__, repr(e))

async def convert(kind):
    try:
        await middle(kind)
    except ZeroDivisionError as e:
        raise E("converted") from e

async def reraise():
    try:
        await fail("value")
    except ValueError:
        print(" reraising")
        raise

async def main():
    for kind in ["fine", "value", "sub", "key"]:
        print("kind", kind)
        await top(kind)
    try:
        await convert("zero")
    except E as e:
        print("converted:", e, "cause:", type(e.__cause__).__name__, e.__cause__)
    try:
        await reraise()
    except ValueError as e:
        print("reraised:", e)
    try:
        try:
            await fail("value")
        except ValueError:
            await fail("key")
    except KeyError as e:
        print("context:", repr(e), type(e.__context__).__name__)
    print("main done")

asyncio.run(main())
