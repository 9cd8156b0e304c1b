# TypeErrors of the async protocols: awaiting something that is not
# awaitable, async for over something without __aiter__, plain for over an
# async generator, awaiting an async generator object.
import asyncio

async def agen():
    yield 1

async def get(x):
    return x

async def main():
    for bad in [5, "text", None, [1], 2.5]:
        try:
            await bad
        except TypeError as e:
            print("TypeError:", e)
    try:
        await await_result()
    except TypeError as e:
        print("TypeError:", e)
    for bad in [7, [1, 2], "ab", (1,), {"k": 1}]:
        try:
            async for x in bad:
                print("never", x)
        except TypeError as e:
            print("TypeError:", e)
    g = agen()
    try:
        for x in g:
            print("never", x)
    except TypeError as e:
        print("TypeError:", e)
    try:
        await g
    except TypeError as e:
        print("TypeError:", e)
    c3 = get(3)
    try:
        async for x in c3:
            print("never", x)
    except TypeError as e:
        print("TypeError:", e)
    c3.close()
    c = get(4)
    try:
        for x in c:
            print("never", x)
    except TypeError as e:
        print("TypeError:", e)
    print("the coroutine still works:", await c)
    try:
        next(g)
    except TypeError as e:
        print("TypeError:", e)

async def await_result():
    return await get(10) + await 10

asyncio.run(main())
