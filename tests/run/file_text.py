# open() for text and binary files: writing, reading by lines, read(n),
# readlines, newline modes, encodings, append, seek/tell, with.
path = "/tmp/yieldc-file-text-%x.txt" % id(object())

with open(path, "w") as f:
    print(f.closed, f.mode, f.encoding, f.errors, f.writable(), f.readable())
    print(f.write("first line\n"), f.write("second\r\nthird\rfourth"))
    f.writelines(["\n", "fifth é\n", "sixth"])
    print("seventh", 7, sep="-", file=f)
print(f.closed)

with open(path) as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.read(5)))
    print(f.readlines())
    print(repr(f.readline()), repr(f.read()))

for i, line in enumerate(open(path)):
    print(i, repr(line))

print(open(path, newline="").readlines())
print(open(path, newline="\r").readlines())
print(open(path, newline="\r\n").readlines())
print(open(path, newline="\n").readlines())
print(open(path, "rb").read())
print(open(path, "rb").readlines())
print(repr(open(path).read(0)), repr(open(path).readline(3)), open(path).readlines(12))

# appending, exclusive creation, binary files
with open(path, "a") as f:
    f.write("\nappended")
print(open(path).read().splitlines()[-2:])
with open(path, "wb") as f:
    print(f.write(b"bytes\x00\xff\n"), f.mode)
    f.writelines([b"ab", b"cd\n"])
with open(path, "rb") as f:
    print(f.read(3), f.readline(), f.tell(), f.read())
    print(f.seek(0), f.readline(), f.seek(-3, 2), f.read(), f.seek(1), f.read(2))
with open(path, "r+b") as f:
    f.seek(2)
    f.write(b"XY")
    f.seek(0)
    print(f.read())
with open(path, "w+") as f:
    f.write("one\ntwo\n")
    print(f.tell(), f.seek(0), f.read(), f.seek(0, 2), f.tell())

# encodings and newline translation on output
with open(path, "w", encoding="latin-1") as f:
    f.write("caf\xe9\n")
print(open(path, "rb").read(), open(path, encoding="latin-1").read(), open(path, encoding="ascii", errors="replace").read())
with open(path, "w", newline="\r\n") as f:
    f.write("a\nb\n")
print(open(path, "rb").read(), open(path).read())
with open(path, "w", encoding="utf-8") as f:
    f.write("\u20ac uro\n\U0001f600\n")
print(open(path, "rb").read(), open(path, encoding="utf8").readlines(), len(open(path).read()))

# a long file read by lines through a generator
with open(path, "w") as f:
    for i in range(5000):
        f.write("line %d %s\n" % (i, "x" * (i % 50)))

def numbered(p):
    with open(p) as f:
        for line in f:
            yield int(line.split()[1])

print(sum(numbered(path)), max(len(l) for l in open(path)))
with open(path) as f:
    text = f.read()
print(len(text), text.count("\n"))
with open(path) as f:
    total = 0
    while True:
        chunk = f.read(777)
        if not chunk:
            break
        total += len(chunk)
print(total)

# print(file=...) and flush
f = open(path, "w")
print("to the file", file=f, flush=True)
print(open(path).read(), end="")
f.close()
print(f.closed, f.close())
with open(path, "w") as f:
    pass
print(repr(open(path).read()), open(path).readlines(), list(open(path)))
