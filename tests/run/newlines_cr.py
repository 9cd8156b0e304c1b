# Line endings: this file's lines end in a lone CR (old Mac style), with a# few CRLF and LF endings mixed in; CPython reads every one as a newline.def count(n):    i = 0    while i < n:        yield i        i += 1total = 1 + \    2s = """a
b"""
print(list(count(3)), total, repr(s))if total > 2:    print('indented block runs')