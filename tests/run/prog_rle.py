# Run-length encoding and decoding with generators.

def runs(text):
    it = iter(text)
    try:
        current = next(it)
    except StopIteration:
        return
    count = 1
    for ch in it:
        if ch == current:
            count += 1
        else:
            yield (current, count)
            current = ch
            count = 1
    yield (current, count)

def encode(text):
    return "".join(ch + str(n) if n > 1 else ch for ch, n in runs(text))

def decode_pairs(code):
    i = 0
    while i < len(code):
        ch = code[i]
        i += 1
        digits = ""
        while i < len(code) and code[i] in "0123456789":
            digits += code[i]
            i += 1
        yield (ch, int(digits) if digits else 1)

def expand(pairs):
    for ch, n in pairs:
        for _ in range(n):
            yield ch

def decode(code):
    return "".join(expand(decode_pairs(code)))

samples = ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW",
           "aabcccccaaa", "abc", "", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", "xxyyxx"]
for s in samples:
    code = encode(s)
    back = decode(code)
    print(repr(s[:20]), "->", repr(code), "| round trip ok:", back == s,
          "| ratio:", f"{len(code) / len(s):.2f}" if s else "n/a")

print(list(runs("aaabccdddd")))
print(list(decode_pairs("a3b1c12")))

# Run lengths of a numeric sequence with a generator expression.
data = [1, 1, 2, 2, 2, 3, 1, 1, 1, 1]
print([(v, n) for v, n in runs(data)])
print("longest run:", sorted(runs(data), key=lambda p: -p[1])[0])
