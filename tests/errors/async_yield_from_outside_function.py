# yieldc-flags: --pep828=draft
async yield from agen()
