# yieldc-flags: --pep828=draft
def gen(agen):
    yield 1
    value = async yield from agen
    return value
