# re: match, search and fullmatch; groups, named groups, spans (in code
# points, also past non-ASCII text), lastindex and lastgroup, pos and
# endpos, the Match and Pattern attributes and reprs, the module's cache.
import re


def show(m):
    if m is None:
        print("  None")
        return
    print(" ", m, m.span(), m.groups(), m.groupdict(), m.lastindex, m.lastgroup)


CASES = [
    (r"(\w+)@(\w+)\.com", "mail bob@example.com now"),
    (r"(?P<user>\w+)@(?P<host>\w+)", "x al@home y"),
    (r"(a)|(b)", "b"),
    (r"((a)b)", "ab"),
    (r"((a))", "a"),
    (r"(a)()", "a"),
    (r"(())", ""),
    (r"(a)(b)?", "ac"),
    (r"(?:(a)|b)*", "ab"),
    (r"(?P<x>a)(?P<y>b(?P<z>c))", "abc"),
    (r"(\d+)-(\d+)", "tel 555-1234"),
    (r"é(.)(.)", "aéxyz"),
    (r"(\w+) (\w+)", "ünïcödé wörds ok"),
    (r"日本(語)", "これは日本語です"),
    (r"\bcat\b", "concat cat"),
    (r"^b", "ab"),
    (r"a$", "a\n"),
    (r"a\Z", "a\n"),
    (r"a.c", "a\nc abc"),
    (r"", "xyz"),
    (r"x*", "yyy"),
]

for pat, s in CASES:
    print(repr(pat), repr(s))
    p = re.compile(pat)
    show(p.match(s))
    show(p.search(s))
    show(p.fullmatch(s))

m = re.search(r"(?P<first>\w+) (?P<last>\w+)?(x)?", "Ada Lovelace!")
print(m.group(), m.group(0), m.group(1), m.group("last"), m.group(1, "first", 0))
print(m[0], m[1], m["last"], m[3])
print(m.groups(), m.groups("-"), m.groupdict(), m.groupdict(default="?"))
print(m.start(), m.end(), m.span(), m.start(2), m.end("last"), m.span(3), m.start(3))
print(m.string, m.re, m.pos, m.endpos, m.re.pattern, m.re.groups, m.re.groupindex, m.re.flags)
print(m.expand(r"\2, \g<first> [\g<0>] \3."))
print(m.group(True), m.span(False))

# pos and endpos: ^ does not match at pos, $ matches at endpos, look-behind sees before pos
p = re.compile(r"^\w+|(?<=-)\w+$")
for pos, endpos in [(0, 99), (2, 99), (3, 7), (3, 5), (-5, 100), (6, 2)]:
    print(pos, endpos, p.search("ab-cdef", pos, endpos), p.match("ab-cdef", pos, endpos))
m = re.compile("c").search("abcabc", 3)
print(m, m.pos, m.endpos)
m = re.compile("d+").search("ééddéé", endpos=4)
print(m, m.pos, m.endpos)
print(re.compile("a+").fullmatch("aaab", 1, 3))
print(re.compile(r"\w+").findall("aé bé cé dé", 3, 9), re.compile(r"\w+").findall("ab", 2, 1))

# flags: constants, combinations, inline flags, verbose
# (CPython's flags are RegexFlag members, whose repr is re.IGNORECASE;
# yieldc's are ints: int() prints the same in both)
print(int(re.I), int(re.IGNORECASE), int(re.M), int(re.S), int(re.X), int(re.A), int(re.U), int(re.L))
print(int(re.NOFLAG), int(re.I | re.M), re.I == 2, re.I | re.S == re.DOTALL | re.IGNORECASE)
for pat, fl in [("abc", 0), ("abc", re.I), ("a.c", re.S | re.M), ("(?i)abc", 0), ("(?x) a b", re.A),
                ("x", re.U), ("(?s)(?m)a", 0), ("a", re.X | re.I | re.M | re.S | re.A)]:
    r = re.compile(pat, fl)
    print(r, r.flags)
print(re.findall(r"^\w", "ab\ncd\nef", re.M), re.findall(r"^\w", "ab\ncd"))
print(re.findall(r"\w$", "ab\ncd\n", re.M), re.findall(r"\w$", "ab\ncd\n"))
print(re.findall("a.", "a\nab", re.S), re.findall("a.", "a\nab"))
print(re.findall("straße", "STRASSE Straße STRAßE", re.I), re.findall("[a-z]+", "AbC dEf", re.I))
print(re.findall(r"\d+", "12 ٣٤ 56"), re.findall(r"\d+", "12 ٣٤ 56", re.A))
print(re.findall(r"\w+", "héllo wörld"), re.findall(r"\w+", "héllo wörld", re.ASCII))
print(re.findall(r"(?a)\w+", "héllo"), re.findall(r"\s+", "a \t\n\u3000b"), re.findall(r"\bé", "é é"))
print(re.findall(r"(?i:A)b", "ab Ab aB"), re.findall(r"(?i)a(?-i:b)", "ab Ab aB"))
verbose = re.compile(r"""
    (?P<key> [a-z]+ )   # a key
    \s* = \s*           # equals
    (?P<val> [^\#\s]+ ) # a value; \# and [#] are literal
    \ \# [#]
""", re.VERBOSE)
print(verbose.findall("a = 1 ## b=two ## c=x"), verbose.groupindex)
print(re.findall("(?x) a [ ] b # comment", "a b ab"), re.findall("(?x:a b) c", "abc ab c"))

# syntax that PCRE2 spells differently
print(re.findall(r"a{,2}", "aaaa"), re.findall(r"a{2,}", "a aa aaa"), re.findall(r"x{", "x{"), re.findall("x{}", "x{}"))
print(re.findall(r"a{1,2}?", "aaa"), re.findall(r"\d{2}", "12345"), re.findall("{a", "{a"), re.findall("a{1,x}", "a{1,x}"))
print(re.findall(r"[[:alpha:]]+", "ab:[]"), re.findall(r"[\]\[]", "a[b]"), re.findall(r"[]a]", "]a"), re.findall(r"[^]a]", "]ab"))
print(re.findall("\\v|\\x0b", "a\x0bb\nc"), re.findall(r"\0|\07|\101", "\0\7A"), re.findall(r"\x41\u00e9\U0001F600", "Aé😀"))
print(re.findall(r"[\x41-\x43\u00e9-\u00eb]", "ABCDéêëì"), re.findall(r"[\d\s-]", "1 -a"), re.findall(r"[a\-z]", "-az b"))
print(re.findall(r"(a)\1", "aa ab"), re.findall(r"(?P<q>['\"]).*?(?P=q)", "'x' \"y\" 'z\""), re.findall(r"(a)\0", "a\0"))
print(re.findall(r"(a)?(?(1)b|c)", "ab c ac"), re.findall(r"(?P<o><)?\w+(?(o)>)", "<a> b <c"))
print(re.findall(r"\w+(?=,)", "a, b, c"), re.findall(r"(?<!-)\b\d+", "-1 2 -3 4"), re.findall(r"(?<=\$)\d+", "$5 6 $7"))
print(re.findall(r"(?>a+)b", "aaab"), re.findall(r"a++b", "aab"), re.findall(r"(?#note)a(?#x)*", "aaa"))
print(re.findall(r"\Aab|ab\Z", "ab ab"), re.findall(r"a\Z", "a\na"), re.findall(r"\$\^\.\*\+\?\{\}\(\)\|\\", "$^.*+?{}()|\\"))
print(re.findall(r"[\w.-]+@[\w-]+\.\w+", "x: a.b-c@d-e.org, f@g.io"), re.findall(r"\\", "a\\b"))

# escape; the cache keeps compiled patterns
print(re.escape("a.b*c?d e-f#g&h~i\tj_k1é"), re.escape(""))
print(re.compile("xy") is re.compile("xy"), re.compile("xy") is re.compile("xy", re.I))
p = re.compile("z")
print(re.compile(p) is p, re.search(p, "az"), re.purge())
print(type(p).__name__, type(m).__name__, type(p), type(m), re.error, isinstance(p, re.Pattern), isinstance(m, re.Match))
print(re.compile("a" * 300))
print(re.search(".+", "x" * 100))
