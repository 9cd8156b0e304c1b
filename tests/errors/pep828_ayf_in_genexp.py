# yieldc-flags: --pep828=draft
async def outer(agens):
    yield list((async yield from a) for a in agens)
