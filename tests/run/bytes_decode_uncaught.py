# An uncaught UnicodeDecodeError ends the program with CPython's last line.

def lines(buf):
    for raw in buf.split(b'\n'):
        yield raw.decode()

for line in lines(b'first\nsecond\n\xffthird'):
    print(line)
