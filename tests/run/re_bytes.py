# re with bytes patterns and subjects: pieces are bytes, offsets are byte
# indices, \w and re.IGNORECASE are ASCII only, (?L) is accepted and (?u)
# refused, and a str where bytes are wanted (or the reverse) fails as in
# CPython.
import re

p = re.compile(rb"(?P<k>\w+)=(\d+)")
m = p.search(b"x: key=42 \xe9t\xc3\xa9=7;")
print(p, p.flags, p.groupindex, m, m.span(), m.groups(), m.group("k"), m[2], m.lastgroup, m.string)
print(p.findall(b"a=1 b=2"), p.sub(rb"\2:\g<k>", b"a=1 b=2"), p.subn(lambda m: m.group(1).upper(), b"a=1"))
print(p.split(b"a=1,b=2"), list(p.finditer(b"a=1 bb=22")), m.expand(rb"[\1]"))
print(re.findall(rb"[\x80-\xff]+", b"ab\xe9\xff cd\x80"), re.sub(b"\xe9", b"e", b"caf\xe9"), re.escape(b"a.b\xe9"))
print(re.findall(rb"\w+", b"caf\xe9 na\xefve"), re.findall(rb"(?i)CAF\xc9", b"caf\xe9 CAF\xc9"), re.findall(rb"(?i)abc", b"ABC aBc"))
print([m.span() for m in re.finditer(rb"\d", b"a1b22")], re.fullmatch(rb"\d+", b"123"), re.match(b"a", b"ba", 1))
print(re.split(rb"\s+", b" a\tb\n"), re.findall(b"^x", b"x\nx\n", re.M), re.sub(b"", b"-", b"ab"))
print(re.compile(b"x", re.I | re.L).flags, re.compile(b"(?L)x").flags, re.compile(b"x", re.A).flags)
for bad in [lambda: re.compile(b"x", re.U), lambda: re.compile(b"(?u)x"), lambda: re.compile(b"\\u1234"),
            lambda: re.compile(b"x", re.A | re.L), lambda: re.search(b"a", "a"), lambda: re.search("a", b"a"),
            lambda: re.compile(b"(\xe9"), lambda: re.sub(b"a", "x", b"a"), lambda: re.sub(b"a", "x", b"b"),
            lambda: re.sub("a", b"x", "ba"), lambda: re.sub(b"a", lambda m: "s", b"a"),
            lambda: p.search(b"a=1").expand("x"), lambda: re.compile(b"(?P<a>x)(?P<a>y)\n"),
            lambda: re.compile(b"(?P<a\xe9"), lambda: re.sub(b"(a)", rb"\2", b"a")]:
    try:
        print(bad())
    except (re.error, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(re.compile(b"x\xff" * 3), re.search(b".", b"\n\xe9", re.S))
print(m.regs, re.match("(a)(b)?", "a").regs)
