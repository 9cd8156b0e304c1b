# re: sub and subn (templates, functions, count=), split (maxsplit=, groups),
# findall and finditer, with CPython 3.7+'s rules for empty matches: an
# empty match right after a match counts, an empty match at the place of
# the previous empty one does not.
import re

for pat, s in [("x*", "abxd"), ("", "abc"), ("a|", "aab"), (r"\b", "ab cd"), ("(?=b)", "abab"),
               ("a*?", "aa"), ("^", "ab\ncd"), ("$", "ab\ncd\n"), (r"\s*", "a b  c"), ("é*", "aéébé")]:
    print(repr(pat), repr(s))
    print("  sub  ", repr(re.sub(pat, "-", s)), re.subn(pat, "-", s, 2))
    print("  split", re.split(pat, s), re.split(pat, s, maxsplit=1))
    print("  all  ", re.findall(pat, s), [m.span() for m in re.finditer(pat, s)])
print(re.sub("(?m)^", "> ", "one\ntwo\n"), end="")
print(re.sub("(?m)$", ";", "one\ntwo\n"), end="")

# templates: groups by number and name, \g<0>, escapes, unmatched groups
s = "John Smith, Jane Doe, Prince"
print(re.sub(r"(\w+) (\w+)", r"\2 \1", s))
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first> (\g<0>)", s))
print(re.sub(r"(\w+)( \w+)?", r"[\1|\2]", s))
print(re.sub(r"(a)", r"\g<1>0 \1 \n\t\\ \- \%", "a"))
print(re.sub(r"(a)", "\\0\\01\\1012\\101", "a"))
print(repr(re.sub("a", r"\a\b\f\v\r", "a")), re.sub("b", "\\\\", "abc"))
print(re.sub("(.)(.)(.)(.)(.)(.)(.)(.)(.)(.)(.)", r"\11\10\9\8\7\6\5\4\3\2\1", "abcdefghijk"))
print(re.subn("o", "0", "foo boo zoo"), re.subn("o", "0", "foo boo zoo", 4), re.subn("o", "0", "foo", count=-1))
print(re.sub("o", "0", "foo boo", 1), re.sub("O", "0", "foo", flags=re.I), re.sub("o", "0", "foo", 0, re.I))
print(re.sub("x", "y", "aaa") == "aaa", re.sub("é", "e", "café crème"), re.sub("", "·", "héé"))

# functions
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1b22c333"))
print(re.sub(r"(?P<w>\w+)", lambda m: m["w"].upper() if len(m["w"]) > 2 else None, "ab cde fg hij"))
print(re.sub(r"\w", lambda m: "(" + str(m.span()) + ")", "aé b"))
calls = []


def repl(m):
    calls.append((m.group(), m.start(), m.pos, m.endpos, m.lastindex))
    return "<" + m.group() + ">"


print(re.sub(r"(\d)|x", repl, "1x2y"), calls)
p = re.compile(r"(\w)(\w)?")
print(p.sub(lambda m: m.expand(r"\2\1"), "abcde"), p.subn(r"\2", "abc", count=1))


def nested(m):
    return re.sub(".", lambda m2: m2.group().upper(), m.group())


print(re.sub(r"b\w+", nested, "a bcd bef"))

# split with groups and maxsplit
print(re.split(r"[,;]\s*", "a, b;c;  d"))
print(re.split(r"([,;])\s*", "a, b;c"), re.split(r"(,)|(;)", "a,b;c"))
print(re.split(r"\W+", "Words, words, words."), re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", 1), re.split(r"\W+", "a b c", maxsplit=-1), re.split("x", ""))
print(re.split("[a-f]+", "0a3B9", flags=re.I), re.split(r"\d", "a1b2c", 0, re.A))
print(re.compile(r"\s+").split(" lead and trail "), re.compile(",").split("a,b,c", maxsplit=1))

# findall shapes; finditer lazily
print(re.findall(r"\w+", "a bc def"), re.findall(r"(\w)\w*", "a bc def"), re.findall(r"(\w)(\w)?", "a bc"))
print(re.findall(r"(?:a|b)+", "ab ba"), re.findall("(a)|b", "ab"), re.findall("", ""))
it = re.finditer(r"(?P<n>\d+)", "10 apples, 2 pears, 33 plums")
print(type(it).__name__, next(it), next(it).group("n"))
for m in it:
    print(m.span(), m.group(), m.lastgroup, m.pos, m.endpos)
print(list(it), [m.group() for m in re.compile("a").finditer("banana", 2, 5)])
print([m.span() for m in re.finditer("ü", "üaüü")], [m.span(1) for m in re.finditer(r"(é)|\w", "éxé")])
