# A realistic use: a generator that yields fixed-size records from a bytes
# buffer, a parser of length-prefixed frames fed by send(), and a hexdump.

RECORD = 6  # 2-byte big-endian id, 1-byte kind, 3-byte ASCII tag

def records(buf):
    if len(buf) % RECORD:
        raise ValueError('truncated record at offset %d' % (len(buf) - len(buf) % RECORD))
    for off in range(0, len(buf), RECORD):
        rec = buf[off:off + RECORD]
        yield rec[0] * 256 + rec[1], rec[2], rec[3:].decode('ascii')

def build(items):
    out = b''
    for ident, kind, tag in items:
        out += bytes([ident // 256, ident % 256, kind]) + tag.encode('ascii')
    return out

buf = build([(1, 7, 'abc'), (258, 0, 'xyz'), (65535, 255, 'END')])
print(buf)
print(buf.hex(' ', RECORD))
for ident, kind, tag in records(buf):
    print(ident, kind, tag)
try:
    list(records(buf[:-1]))
except ValueError as e:
    print('error:', e)

def frames():
    """Receives chunks of bytes; yields each complete frame (1-byte length + payload)."""
    pending = b''
    frame = None
    while True:
        chunk = yield frame
        frame = None
        pending += chunk
        if pending and len(pending) > pending[0]:
            n = pending[0]
            frame = pending[1:1 + n]
            pending = pending[1 + n:]

f = frames()
next(f)
stream = b'\x05hello\x00\x03abc\x02hi'
for i in range(0, len(stream), 3):
    got = f.send(stream[i:i + 3])
    if got is not None:
        print('frame', got, len(got))

def hexdump(data, width=8):
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        text = bytes(c if 32 <= c < 127 else 46 for c in chunk).decode('ascii')
        yield f'{off:04x}  {chunk.hex(" "):<{width * 3}} {text}'

for line in hexdump('héllo, wörld!\n\x00\x7f'.encode()):
    print(line)

def words(data):
    yield from (w for w in data.split() if w.strip(b'.,'))

print([w.decode() for w in words(b'the quick,  brown. fox .')])
print(b'|'.join(sorted(set_ for set_ in [b'b', b'a', b'c'])))
