# re.error for bad patterns: CPython 3.11's message and position for each
# (runtime/re_parse.c reads patterns as re/_parser.py does), ValueError and
# OverflowError where CPython raises those, and the TypeErrors of bad
# arguments.
import re

BAD = [
    "(", "(a", "a)", "())", "[a", "[", "[^", "[a-", "*", "a**", "a*+*", "+a", "?",
    "{1}", "a{3,2}", "^*", "$+", "\\b*", "\\A?", "x|*", "(*)", "(?:*)",
    "\\", "a\\", "\\q", "\\e", "[\\q]", "[\\d-z]", "[z-a]", "[a-\\d]",
    "\\x4", "\\x", "\\u12", "\\U0011ffff", "\\777", "[\\777]",
    "(a)\\2", "(a\\1)", "\\1", "(?P<1a>x)", "(?P<a b>x)", "(?P<>x)", "(?P<a",
    "(?P<a>x)(?P<a>y)", "(?P=zz)", "(?P=a)", "(?P<a>(?P=a))", "(?Px)", "(?P",
    "(?", "(?<x)", "(?<", "(?z)", "(?i", "(?i-", "(?i-:a)", "(?-i)", "(?i-i:a)",
    "(?-a:a)", "(?au)a", "(?L)a", "(?iz)", "(?i-z:a)", "a(?i)b", "a|(?i)b",
    "((?i)a)", "(?#abc", "(?(2)a|b)", "(?(a)x)", "(?(1a)x)", "(?(0)x)",
    "(a)(?(1)x|y|z)", "(?(1)a|b)(c)", "a\n(b", "x\ny\n[z", "(?<=a(?P=x))",
    "(?P<x>a)(?<=(?P=x))", "(?<=(a)\\1)", "(?<=a*)", "a{99999999999}",
]

for p in BAD:
    try:
        r = re.compile(p)
        print(repr(p), "compiles:", r.groups)
    except re.error as e:
        print(repr(p), "re.error:", e)
    except (ValueError, OverflowError, IndexError) as e:
        print(repr(p), type(e).__name__ + ":", e)

for p, f in [("a", re.L), ("a", re.A | re.U), ("(?u)a", re.A), ("(?a)a", re.U)]:
    try:
        print(re.compile(p, f).flags)
    except ValueError as e:
        print("ValueError:", e)

# replacement templates
for t in ["\\q", "\\g", "\\g<", "\\g<a", "\\g<>", "\\g<x>", "\\g<1x>", "\\g<3>",
          "\\3", "\\777", "\\g<-1>", "x\\", "\\g< 1 >"]:
    try:
        print(repr(t), repr(re.sub("(a)(?P<n>b)", t, "ab")))
    except re.error as e:
        print(repr(t), "re.error:", e)
    except IndexError as e:
        print(repr(t), "IndexError:", e)

# arguments
p = re.compile("(a)(b)?")
m = p.match("ab")
calls = [
    lambda: re.search("a"),
    lambda: re.search(),
    lambda: re.search("a", "b", 0, 1),
    lambda: re.search("a", "b", x=1),
    lambda: re.search("a", "b", pattern="a"),
    lambda: re.sub("a", "b"),
    lambda: re.search("a", 5),
    lambda: re.search("a", b"x"),
    lambda: re.search(5, "a"),
    lambda: re.compile("a", "x"),
    lambda: re.compile(p, re.I),
    lambda: re.sub("a", 5, "a"),
    lambda: re.sub("a", lambda m: 1, "xay"),
    lambda: re.sub("a", lambda m: None, "xay"),
    lambda: p.match(),
    lambda: p.sub("a"),
    lambda: p.search("a", "b"),
    lambda: p.split("a", 1, 2),
    lambda: p.findall("ab", pos=1, x=2),
    lambda: m.group(3),
    lambda: m.group("x"),
    lambda: m.group(1.5),
    lambda: m[3],
    lambda: m.start(x=1),
    lambda: m.start(1, 2),
    lambda: m.span(-1),
    lambda: m.groups(1, 2),
    lambda: m.groupdict(1, 2),
    lambda: m.group(0, 1, 2, 7),
    lambda: m.expand("\\3"),
    lambda: re.escape(5),
    lambda: re.purge(1),
    lambda: p.nosuch,
    lambda: m.nosuch,
]
for c in calls:
    try:
        print(repr(c()))
    except (TypeError, IndexError, ValueError, AttributeError, re.error) as e:
        print(type(e).__name__ + ":", e)

# re.VERBOSE: a comment runs token by token to the end of its line (an
# escaped newline does not end it; a backslash at the very end is an error)
for p in ["a # x \\\n b\nc", "a # x\\", "a#\\\nb\n c", "(?x)a [#] \\# b", "a b(?-x: c )d"]:
    try:
        print(repr(p), re.compile(p, re.X).findall("abc ac a##b ab c d"))
    except re.error as e:
        print(repr(p), "re.error:", e)
