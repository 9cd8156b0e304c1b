# Row 11: a tokenizer, a generator that walks an expression text character
# by character and yields (kind, text) tuples: names, numbers, operators
# (two-character ones too), whitespace skipped.  The text is one line
# (LINE, 22 tokens) n times over; an item is one token.
import sys

LINE = "total = alpha_1 + beta * (gamma - 42) / delta ** 2 >= 3.25 and not x_max != y\n"
OPS2 = ("**", "//", ">=", "<=", "==", "!=")


def tokens(text):
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == " " or c == "\n":
            i += 1
        elif c.isdigit():
            j = i
            i += 1
            while i < n and (text[i].isdigit() or text[i] == "."):
                i += 1
            yield ("number", text[j:i])
        elif c.isalpha() or c == "_":
            j = i
            i += 1
            while i < n and (text[i].isalnum() or text[i] == "_"):
                i += 1
            yield ("name", text[j:i])
        elif text[i:i + 2] in OPS2:
            yield ("op", text[i:i + 2])
            i += 2
        else:
            yield ("op", c)
            i += 1


text = LINE * int(sys.argv[1])
count = chars = names = 0
for kind, tok in tokens(text):
    count += 1
    chars += len(tok)
    if kind == "name":
        names += 1
print(count, chars, names)
