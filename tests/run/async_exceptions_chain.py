# raise ... from ... across awaits and inside async generators, implicit
# __context__ across an await, exceptions in finally while unwinding,
# user exception hierarchies caught by base class.
import asyncio

class E(Exception):
    pass

class NetError(E):
    pass

class Timeout(NetError):
    pass

async def connect(host):
    await asyncio.sleep(0)
    if host == "slow":
        raise Timeout("timed out: " + host)
    if host == "bad":
        raise NetError("refused: " + host)
    return "conn:" + host

async def fetch(host):
    try:
        return await connect(host)
    except NetError as e:
        raise E("fetch failed") from e

async def lines(host):
    try:
        c = await fetch(host)
        yield c
    except E as e:
        yield "error " + str(e) + " <- " + str(e.__cause__)

async def cleanup_fails():
    try:
        await asyncio.sleep(0)
        raise KeyError("first")
    finally:
        await asyncio.sleep(0)
        raise ValueError("in finally")

async def main():
    for host in ["ok", "slow", "bad"]:
        try:
            print(await fetch(host))
        except E as e:
            print(type(e).__name__, e, "| cause", type(e.__cause__).__name__, e.__cause__,
                  "| is NetError", isinstance(e.__cause__, NetError))
    for host in ["ok", "slow"]:
        async for line in lines(host):
            print(line)
    try:
        await cleanup_fails()
    except ValueError as e:
        print("ValueError", e, "context", repr(e.__context__))
    try:
        await connect("slow")
    except NetError as e:
        print("caught by base:", type(e).__name__)

asyncio.run(main())
