# yieldc-flags: --pep828=draft
async def outer(agen):
    f = lambda: (async yield from agen)
    yield f
