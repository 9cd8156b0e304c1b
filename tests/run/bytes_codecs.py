# str.encode, bytes.decode and bytes(str, encoding) with the utf-8, ascii
# and latin-1 codecs: aliases, the error handlers, and CPython's exact
# UnicodeDecodeError / UnicodeEncodeError messages.

def attempt(f):
    try:
        print(repr(f()))
    except (UnicodeError, LookupError, TypeError) as e:
        print(type(e).__name__ + ':', e, isinstance(e, ValueError), isinstance(e, UnicodeError))

text = 'naïve café — 🐍'
u = text.encode()
print(u, len(u), len(text))
print(u.decode(), u.decode() == text, text.encode('utf-8') == u, text.encode('UTF8') == u, bytes(text, 'utf_8') == u)
print('abc'.encode('ascii'), 'abc'.encode('US-ASCII'), 'café'.encode('latin-1'), 'café'.encode('Latin1'),
      'café'.encode('iso-8859-1'), b'caf\xe9'.decode('latin-1'), bytes(range(250, 256)).decode('latin_1'))
print('x'.encode(encoding='ascii'), b'x'.decode(encoding='ascii'), 'é'.encode(errors='strict'),
      b'\xc3\xa9'.decode(errors='strict'))

bad = [b'\xff', b'a\xc3', b'a\xc3(b', b'\xe2\x82', b'\xe2\x82x', b'\xf0\x9f\x98', b'\xed\xa0\x80',
       b'\xc0\x80', b'\xf4\x90\x80\x80', b'\xe0\x80\x80', b'ok\x80', b'\xf8']
for b in bad:
    attempt(lambda: b.decode())
    print(' ', repr(b.decode('utf-8', 'replace')), repr(b.decode('utf-8', 'ignore')),
          repr(b.decode('utf-8', 'backslashreplace')))

attempt(lambda: b'ab\xe9\xea'.decode('ascii'))
print(b'ab\xe9\xea'.decode('ascii', 'replace'), b'ab\xe9\xea'.decode('ascii', 'ignore'))
attempt(lambda: 'é'.encode('ascii'))
attempt(lambda: 'aéè!'.encode('ascii'))
attempt(lambda: 'a€'.encode('latin-1'))
attempt(lambda: 'x🐍y'.encode('latin-1'))
attempt(lambda: '\ud800'.encode())
print('aé€🐍'.encode('ascii', 'replace'), 'aé€🐍'.encode('ascii', 'ignore'), 'aé€🐍'.encode('ascii', 'backslashreplace'),
      'aé€'.encode('latin-1', 'replace'))

attempt(lambda: 'x'.encode('rot-13x'))
attempt(lambda: b'x'.decode('nope'))
attempt(lambda: bytes('x', 'nope'))
attempt(lambda: b'x'.decode('utf-8', 'whatever'))
attempt(lambda: b'\xff'.decode('utf-8', 'whatever'))
attempt(lambda: 'x'.encode(5))
attempt(lambda: b'x'.decode('utf-8', 5))
attempt(lambda: 'x'.encode('a', 'b', 'c'))

try:
    b'\x80abc'.decode()
except ValueError as e:
    print('caught as ValueError:', type(e).__name__, e)
