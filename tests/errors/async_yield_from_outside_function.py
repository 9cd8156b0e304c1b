async yield from agen()
