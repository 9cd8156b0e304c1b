# Twin of samples/pep828_return.py for CPython 3.11 (no PEP 828).
# `return 2` becomes `ret.append(2); return` with a holder list `ret`
# passed in; `result = async yield from agenerator()` is PEP 380's
# expansion with asend/athrow/aclose (sent values reach agenerator first),
# and the result, like StopAsyncIteration.value, is read from the holder.
import asyncio

async def agenerator(ret):
    received = yield 1
    print("agenerator received", received)
    ret.append(2)
    return

async def main_gen():
    # result = async yield from agenerator()
    r = []
    sub = agenerator(r)
    try:
        y = await sub.asend(None)
    except StopAsyncIteration:
        pass
    else:
        while True:
            try:
                s = yield y
            except GeneratorExit:
                await sub.aclose()
                raise
            except BaseException as e:
                try:
                    y = await sub.athrow(e)
                except StopAsyncIteration:
                    break
            else:
                try:
                    y = await sub.asend(s)
                except StopAsyncIteration:
                    break
    result = r[0] if r else None
    print("result", result)
    assert result == 2
    yield "done"

async def main():
    ret = []
    gen = agenerator(ret)
    print(await gen.asend(None))
    try:
        await gen.asend(None)
    except StopAsyncIteration:
        print("StopAsyncIteration.value", ret[0])
    outer = main_gen()
    print(await outer.asend(None))
    print(await outer.asend("hello"))

asyncio.run(main())
