# int(str, base) for big values: bases 0 and 2..36, prefixes, underscores,
# white space and signs, and CPython 3.11's errors, including the
# 4300-digit limit of str <-> int conversion.
cases = [("123456789012345678901234567890", 10), ("-123456789012345678901234567890", 10),
         ("  +9_223_372_036_854_775_808\n", 10), ("-9223372036854775809", 10),
         ("0x" + "f" * 40, 16), ("0x" + "f" * 40, 0), ("-0b" + "1" * 100, 0), ("0o" + "7" * 30, 0),
         ("z" * 20, 36), ("Z" * 20, 36), ("1" * 70, 2), ("1_0" * 30, 3), ("\u0661\u0662" * 15, 10),
         ("0_0_0", 0), ("00000000000000000000000000000000000001", 10), ("0x_" + "a" * 20, 16),
         ("1" * 4300, 10), ("-" + "9" * 4300, 10), ("f" * 5000, 16), ("1" * 5000, 32)]
for s, base in cases:
    v = int(s, base)
    print(len(s), base, v if len(s) < 200 else v % 1000000007, type(v).__name__)

bad = [("1" * 30 + "x", 10), ("1__0" * 10, 10), ("_" + "1" * 30, 10), ("1" * 30 + "_", 10),
       ("0x" + "g" * 20, 16), ("0" + "1" * 30, 0), ("2" * 70, 2), ("", 10), ("-", 10),
       ("1" * 4301, 10), ("1_" * 4300 + "1", 10), ("-" + "1" * 4301, 10), ("0" * 5000, 10),
       ("1" * 5000 + "x", 10), ("1" * 5000 + "_", 10), ("1" * 4400, 3), ("1" * 30, 37),
       ("1" * 30, 2 ** 70)]
for s, base in bad:
    try:
        print(int(s, base))
    except ValueError as e:
        m = str(e)
        print("ValueError:", m if len(m) < 150 else m[:60] + "..." + m[-40:])

print(int(2 ** 100), int(-(2 ** 100)), int(1e30), int(-1.5e300) // 10 ** 290, int(2.0 ** 63), int(-(2.0 ** 63)))
print(int(float(2 ** 80)), int(True), int(2 ** 64 + 0.0))
for f in [float("inf"), float("nan")]:
    try:
        print(int(f))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
