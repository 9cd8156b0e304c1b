async def outer(agen):
    print(async yield from agen)
    yield 1
