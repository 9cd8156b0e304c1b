# bytes(), bytes.fromhex and the methods of bytes, with CPython's messages
# for bad arguments.

def attempt(f):
    try:
        print(repr(f()))
    except (TypeError, ValueError, LookupError, OverflowError, AttributeError) as e:
        print(type(e).__name__ + ':', e)

print(bytes(), bytes(0), bytes(4), bytes([65, 66, 0, 255]), bytes(range(3)), bytes((x for x in (104, 105))))
print(bytes('abc', 'ascii'), bytes('é', 'utf-8'), bytes('é', 'latin-1'), bytes(b'same'), bytes([True, False]))
for args in [(-1,), ('text',), (1, 'utf-8'), ([1, 256],), ([1, -1],), (['a'],), (1.5,), (None,),
             ('x', 'nope'), ('x', 5), (1, 2, 3, 4), (2 ** 70,)]:
    attempt(lambda: bytes(*args))

print(bytes.fromhex('48 65 6c6c 6F'), bytes.fromhex(''), bytes.fromhex('  ff\t00\n'))
for s in ('0g', '1', 'abc', 'a b', ' x'):
    attempt(lambda: bytes.fromhex(s))
attempt(lambda: bytes.fromhex(12))
attempt(lambda: bytes.fromhex())

data = b'\x00\x0fhello \xff'
print(data.hex(), b''.hex(), b'\x01\x02\x03\x04\x05'.hex(':'), b'\x01\x02\x03\x04\x05'.hex('-', 2),
      b'\x01\x02\x03\x04\x05'.hex(b' ', -2))
attempt(lambda: data.hex('::'))
attempt(lambda: data.hex(1))

print(b', '.join([b'a', b'bc', b'']), b''.join(b'%d' if False else bytes([c]) for c in b'xyz'), b'-'.join([]))
attempt(lambda: b','.join([b'a', 'b']))
attempt(lambda: b','.join(5))
attempt(lambda: b','.join())

print(b'  a b\t\tc\n '.split(), b'a,b,,c'.split(b','), b'a,b,c'.split(b',', 1), b''.split(), b'abc'.split(b'abc'))
print(b' a b c '.split(None, 1), b'a--b--c'.split(sep=b'--'), b'a b c'.split(maxsplit=1))
attempt(lambda: b'a,b'.split(','))
attempt(lambda: b'a,b'.split(b''))
attempt(lambda: b'a'.split(b'a', 1, 2))

print(b'  pad  '.strip(), b'  pad  '.lstrip(), b'  pad  '.rstrip(), b'xxpadyx'.strip(b'xy'), b'\t\n'.strip(),
      b'abc'.strip(None), b'aaa'.lstrip(b'a'))
attempt(lambda: b'x'.strip('x'))
attempt(lambda: b'x'.strip(b'a', b'b'))

h = b'header:body'
print(h.startswith(b'head'), h.startswith(b'body'), h.endswith(b'body'), h.startswith((b'x', b'hea')),
      h.startswith(b'body', 7), h.endswith(b'head', 0, 4), h.startswith(b''), h.endswith(b'dy', -2))
attempt(lambda: h.startswith('head'))
attempt(lambda: h.endswith(1))
attempt(lambda: h.startswith())

s = b'abracadabra'
print(s.find(b'bra'), s.find(b'bra', 2), s.find(b'zz'), s.find(97, 1), s.find(b'a', 1, 3), s.find(b''), s.find(b'', 20))
print(s.count(b'a'), s.count(b'bra'), s.count(98), s.count(b''), s.count(b'a', 5), s.index(b'cad'))
attempt(lambda: s.index(b'xyz'))
attempt(lambda: s.find('a'))
attempt(lambda: s.find(300))
attempt(lambda: s.count())

print(s.replace(b'a', b'A'), s.replace(b'a', b'', 2), s.replace(b'', b'.'), s.replace(b'', b'-', 3), s.replace(b'zz', b'y'))
attempt(lambda: s.replace('a', b'b'))
attempt(lambda: s.replace(b'a'))

print(b'MiXeD 123 \xe9'.upper(), b'MiXeD 123 \xe9'.lower())
attempt(lambda: b'x'.upper(1))
print(b'123'.isdigit(), b'12a'.isdigit(), b'abC'.isalpha(), b''.isalpha(), b' \t'.isspace(), b' x'.isspace())

m = b'xy'.upper
print(m(), b'q'.__iter__().__next__())
attempt(lambda: b'x'.nosuch)
attempt(lambda: b'x'.join(k=1))

# bytes() with keyword arguments
for f in [lambda: bytes('x', encoding='utf-8'), lambda: bytes('x', errors='strict'), lambda: bytes(errors='strict'),
          lambda: bytes(encoding='utf-8'), lambda: bytes(source='ab', encoding='ascii'),
          lambda: bytes('x', 'utf-8', encoding='utf-8'), lambda: bytes(x=1), lambda: bytes(source=[1, 2]),
          lambda: bytes([1], errors='strict'), lambda: bytes('é', 'ascii', errors='replace')]:
    attempt(f)
