# yieldc-flags: --pep828=draft
def gen(agen):
    result = (async yield from agen)
    return result
