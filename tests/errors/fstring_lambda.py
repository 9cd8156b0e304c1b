# CPython 3.11 ends the expression of a replacement field at the first
# top-level ":", so a lambda needs parentheses (difftest finding).
print(f"{(lambda q: q + 1)(1)}")
print(f"{lambda q: 1}")
