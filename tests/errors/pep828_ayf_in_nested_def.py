# yieldc-flags: --pep828=draft
async def outer(agen):
    def helper():
        async yield from agen
    yield helper
