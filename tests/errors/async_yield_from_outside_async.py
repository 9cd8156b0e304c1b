def gen(agen):
    async yield from agen
