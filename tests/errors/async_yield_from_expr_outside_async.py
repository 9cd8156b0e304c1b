def gen(agen):
    result = (async yield from agen)
    return result
