import asyncio
async def agen():
    await asyncio.sleep(0)
    yield 1
async def co():
    while True:
        try:
            async for x in agen():
                print(x)
        except GeneratorExit:
            print("ignored")
c = co()
c.send(None)
del c
print("end")
