# yieldc-flags: --pep828=draft
async def gen(agens):
    return [(async yield from a) for a in agens]
