# open()'s exceptions and messages, CPython's exactly; the program ends
# with an uncaught FileNotFoundError.
path = "/tmp/yieldc-file-errors-%x.txt" % id(object())


# (A UnicodeError's args are not printed: yieldc keeps only its message, see
# runtime/bytes.c.)
def attempt(what, f):
    try:
        r = f()
    except Exception as e:
        print(what, "->", type(e).__name__, "|", e, "|", e.args if not isinstance(e, UnicodeError) else "")
        if isinstance(e, OSError):
            print("   ", e.errno, e.strerror, e.filename, e.filename2, isinstance(e, ValueError))
    else:
        print(what, "-> ok", type(r).__name__)


attempt("missing", lambda: open("missing-file.txt"))
attempt("missing bytes path", lambda: open(b"missing-file.txt", "rb"))
attempt("directory", lambda: open("."))
attempt("directory w", lambda: open(".", "w"))
attempt("not a directory", lambda: open("file_errors.py/x"))
attempt("permission", lambda: open("/proc/sys/kernel/version", "w"))
attempt("exists", lambda: open("file_errors.py", "x"))
attempt("empty name", lambda: open(""))
attempt("null byte", lambda: open("a\0b"))
attempt("bad fd", lambda: open(-1))
attempt("bad type", lambda: open(3.5))
attempt("None", lambda: open(None))
for mode in ["z", "rw", "rbt", "rr", "U", "rU", "b", "+", "r+b+", "wx", "ab+t"]:
    attempt("mode " + mode, lambda: open(path, mode))
attempt("mode type", lambda: open(path, 5))
attempt("binary encoding", lambda: open(path, "rb", encoding="utf-8"))
attempt("binary errors", lambda: open(path, "wb", errors="strict"))
attempt("binary newline", lambda: open(path, "wb", newline=""))
attempt("newline value", lambda: open(path, "w", newline="x"))
attempt("newline type", lambda: open(path, "w", newline=5))
attempt("encoding value", lambda: open(path, "w", encoding="klingon"))
attempt("encoding type", lambda: open(path, "w", encoding=5))
attempt("errors type", lambda: open(path, "w", errors=5))
attempt("unbuffered text", lambda: open(path, "w", buffering=0))
attempt("buffering type", lambda: open(path, "w", buffering="x"))
attempt("no arguments", lambda: open())
attempt("bad keyword", lambda: open(path, foo=1))
attempt("too many", lambda: open(path, "r", 1, None, None, None, True, None, 9))

w = open(path, "w")
attempt("read on w", lambda: w.read())
attempt("readline on w", lambda: w.readline())
attempt("next on w", lambda: next(w))
attempt("write int", lambda: w.write(5))
attempt("write bytes", lambda: w.write(b"x"))
attempt("write nothing", lambda: w.write())
attempt("writelines int", lambda: w.writelines([1]))
attempt("writelines not iterable", lambda: w.writelines(5))
attempt("read args", lambda: w.read(1, 2))
w.write("caf\xe9 \xff\n")
w.close()
attempt("read closed", lambda: w.read())
attempt("write closed", lambda: w.write("x"))
attempt("iter closed", lambda: iter(w))
attempt("flush closed", lambda: w.flush())
attempt("with closed", lambda: w.__enter__())
attempt("close again", lambda: w.close())

r = open(path)
attempt("write on r", lambda: r.write("x"))
attempt("writelines on r", lambda: r.writelines(["x"]))
attempt("read float", lambda: r.read(2.0))
attempt("seek cur", lambda: r.seek(1, 1))
attempt("seek end", lambda: r.seek(1, 2))
attempt("seek negative", lambda: r.seek(-1))
attempt("seek whence", lambda: r.seek(0, 3))
r.close()

b = open(path, "rb")
attempt("binary write on rb", lambda: b.write(b"x"))
attempt("binary read str arg", lambda: b.read("x"))
b.close()
attempt("binary read closed", lambda: b.read())
attempt("binary readline closed", lambda: b.readline())
bw = open(path, "ab")
attempt("binary write str", lambda: bw.write("x"))
attempt("binary read on ab", lambda: bw.read())
bw.close()
attempt("binary write closed", lambda: bw.write(b"x"))

attempt("ascii decode", lambda: open(path, encoding="ascii").read())
attempt("ascii encode", lambda: open(path, "w", encoding="ascii").write("h\xe9"))
with open(path, "wb") as f:
    f.write(b"ok line\nab\xffcd\n\xe9")
attempt("utf-8 decode", lambda: open(path).read())
attempt("utf-8 readline", lambda: open(path).readline())
attempt("utf-8 end of data", lambda: open(path).readlines()[-1])
print(open(path, errors="replace").read().splitlines(), open(path, encoding="latin-1").readlines())
with open(path, "wb") as f:
    f.write(b"x" * 10000 + b"\n\xff")
attempt("second chunk", lambda: len(open(path).readline()))
attempt("second chunk all", lambda: len(open(path).read()))

# OSError itself, and its subclasses by errno
for args in [(2, "x"), (2, "x", "f"), (2, "x", "f", 5, "g"), (2,), (17, "x"), (13, "y"), (999, "z"), (2, "x", None), ("a", "b")]:
    e = OSError(*args)
    print(type(e).__name__, repr(e), str(e), e.args, e.errno, e.filename)
e = FileNotFoundError(17, "x")
print(repr(e), isinstance(e, OSError), issubclass(FileExistsError, OSError), issubclass(BrokenPipeError, ConnectionError))
e.filename = "later"
print(e, e.filename)
try:
    raise PermissionError(13, "Permission denied", "secret")
except OSError as e:
    print("caught", e)

# the old names of OSError
print(IOError is OSError, EnvironmentError is OSError, IOError.__name__)
try:
    open("missing-file.txt")
except IOError as e:
    print("caught as IOError:", type(e).__name__, e.errno)

open("missing.txt")
