# yieldc-flags: --pep828=draft
# PEP 828: athrow() on the outer async generator is forwarded to the
# subgenerator of `async yield from`, which sees the exception first. If
# the inner generator handles it, its next yield is athrow's result; if it
# does not, the exception comes out of `async yield from` in the outer
# generator, which may handle it in turn; an inner generator that returns
# while handling it ends the delegation with its return value.
import asyncio

class E(Exception):
    pass

class Skip(E):
    pass

class Abort(E):
    pass

class Finish(E):
    pass

async def inner():
    i = 0
    while True:
        try:
            yield "inner " + str(i)
        except Skip as e:
            print("  inner skips:", e)
            await asyncio.sleep(0)
        except Finish:
            print("  inner finishing")
            return "inner stopped at " + str(i)
        i += 1

async def outer():
    try:
        r = async yield from inner()
        print("  outer got", r)
    except Abort as e:
        print("  outer caught", repr(e))
        yield "outer recovered"
    yield "outer continues"
    r = async yield from inner()
    print("  outer got", r)
    yield "outer end"

async def main():
    g = outer()
    print(await g.__anext__())
    print(await g.athrow(Skip("one")))
    print(await g.__anext__())
    print(await g.athrow(Abort("stop inner")))
    print(await g.__anext__())
    print(await g.__anext__())
    print(await g.athrow(Skip))
    print(await g.athrow(Finish()))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("outer exhausted")
    g2 = outer()
    print(await g2.__anext__())
    try:
        await g2.athrow(KeyError("unhandled"))
    except KeyError as e:
        print("KeyError came out of athrow:", e)
    try:
        await g2.__anext__()
    except StopAsyncIteration:
        print("g2 exhausted")

asyncio.run(main())
