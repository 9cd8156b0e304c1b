# asyncio.gather returns the results in argument order, whatever order the
# awaitables finish in (delays 20 ms apart).
import asyncio

async def delayed(name, delay):
    print("begin", name)
    await asyncio.sleep(delay)
    print("finish", name)
    return name.upper()

async def main():
    r = await asyncio.gather(delayed("a", 0.06), delayed("b", 0.02), delayed("c", 0.04))
    print(r)
    r = await asyncio.gather(delayed("x", 0), delayed("y", 0.02))
    print(r, type(r).__name__)
    many = []
    for i in range(6):
        many.append(delayed("n" + str(i), 0.01 * ((i * 5) % 6)))
    print(await asyncio.gather(*many))

asyncio.run(main())
