# yieldc-flags: --pep828=draft
def gen(agen):
    async yield from agen
