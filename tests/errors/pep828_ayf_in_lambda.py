async def outer(agen):
    f = lambda: (async yield from agen)
    yield f
