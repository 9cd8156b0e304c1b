# str methods: strip/split/join/upper/lower/startswith/endswith/replace/
# splitlines, plus indexing, concatenation and comparison.

s = "  Hello, World!  "
print("[" + s.strip() + "]", "[" + s.strip(" !H") + "]")
print(s.upper(), s.lower())
print("a,b,,c".split(","), "a b  c".split(), "  lead and trail  ".split())
print("k=v=w".split("="), "x".split(","), "".split(), "".split(","))
print("a-b-c-d".split("-", 1), "a-b-c-d".split("-", 2))
print("one two".split(" "), "  ".split(" "))
print("-".join(["a", "b", "c"]), "".join(["x", "y"]), ", ".join([]), " ".join("abc"))
print("+".join(str(n) for n in range(4)))
print("hello".startswith("he"), "hello".startswith("lo"), "hello".endswith("lo"), "hello".endswith(""))
print("hello".replace("l", "L"), "aaa".replace("a", "bb"), "abc".replace("x", "y"), "aaaa".replace("a", "", 2))
print("line1\nline2\r\nline3\n".splitlines(), "".splitlines(), "single".splitlines(), "a\n\nb".splitlines())
print("MiXeD 123".upper(), "MiXeD 123".lower())
print("xxhixx".strip("x"), "\t\n tabs \n".strip())

t = "generator"
print(t[0], t[-1], t[2:5], t[:3], t[3:], t[::2], t[::-1], t[-3:])
print(len(t), "gen" in t, "xyz" not in t, "" in t)
print("abc" < "abd", "abc" < "ab", "B" < "a", "apple" == "apple", "a" != "b")
print("con" + "cat" + "enation", "x" + str(1))

# Iterating a string and building a new one.
out = ""
for ch in "hello":
    if ch in "aeiou":
        out = out + ch.upper()
    else:
        out = out + ch
print(out)

# Methods on results of methods.
line = "   KEY = Value   "
key, value = line.split("=")
print("[" + key.strip().lower() + "]", "[" + value.strip().upper() + "]")
print(" ".join(w.strip().lower() for w in "  A ,B,  C ".split(",")))
try:
    "abc"[5]
except IndexError as e:
    print("IndexError:", e)
try:
    "".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
