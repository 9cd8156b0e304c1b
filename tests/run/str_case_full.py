# Full Unicode case mapping, as CPython's str methods: SpecialCasing (one
# character to several), the final sigma of lower(), title case, and the
# case properties that title() and swapcase() test.
print("İ".lower(), len("İ".lower()), "ǅ".upper(), "ǅ".lower(), "ǆ".title())
print("ß".upper(), "ß".title(), "ß".casefold(), "ß".swapcase(), "ß".capitalize())
print("ŉ".upper(), "ﬃ".upper(), "ﬃ".title(), "ΐ".upper(), "ᾳ".upper(), "ᾳ".title())
print("ΑΣ".lower(), "ΑΣ Σ".lower(), "ΑΣΑ".lower(), "Σ".lower(), "ΑΣ.".lower(),
      "Α.Σ".lower(), "ΑΣ'Α".lower(), "ΑΣ'".lower(), "ΣΑΣ".capitalize(), "ΟΔΟΣ".swapcase())
print("hello world".title(), "they're bill's".title(), "ǆungla ǅx".title(),
      "hELLO wORLD".swapcase(), "hello World".capitalize(), "ǆx".capitalize())
print("Ⓐⓑ".lower(), "Ⓐⓑ".upper(), "Ⓐⓑ".swapcase(), "ⅰⅱ".title(), "𐐀𐐨".swapcase())
print("ʰa".title(), "aʰb".title(), "ǈ".swapcase(), "ǈ".casefold(), "ﬅ".casefold())
print("".lower(), "".title(), "a".upper(), "Z".swapcase(), "1a".capitalize(),
      "ab cd".upper(), "AB CD".casefold())

# Every code point that has a case, one at a time and in runs (where the
# neighbours matter to title(), capitalize() and the final sigma), as a
# checksum per block of 4096.
def digest(s):
    h = 0
    for ch in s:
        h = (h * 1000003 + ord(ch)) % 1000000007
    return h

for base in range(0, 0x1F000, 4096):
    parts = []
    for start in range(base, base + 4096, 64):
        if 0xD800 <= start < 0xE000:
            continue
        run = "".join([chr(c) for c in range(start, start + 64)])
        parts.append(run.lower())
        parts.append(run.upper())
        parts.append(run.casefold())
        parts.append(run.swapcase())
        parts.append(run.title())
        parts.append(run.capitalize())
        parts.append(("Σ" + run + "Σ").lower())
        for c in range(start, start + 64, 5):
            ch = chr(c)
            parts.append(ch.title())
            parts.append(("a" + ch + "a").title())
            parts.append(("Α" + ch + "Σ").lower())
            parts.append(("ΑΣ" + ch).lower())
    print(base, digest("|".join(parts)))
