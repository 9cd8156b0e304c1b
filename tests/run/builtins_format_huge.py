# Format specs whose width or precision is out of all proportion get
# CPython's errors: too many digits for a 64-bit size, a precision past a C
# int, and MemoryError for a width no memory can hold.

def show(label, fn):
    try:
        r = fn()
        print(label, "->", len(r), "characters")
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

x = 1.5
n = 7
s = "ab"
show("float, precision 10**17", lambda: f"{x:.99999999999999999f}")
show("float, precision 10**20", lambda: f"{x:.99999999999999999999f}")
show("float, precision 2**31", lambda: f"{x:.2147483648f}")
show("float, precision 2**31, e", lambda: f"{x:.2147483648e}")
show("float, precision 2**31, %", lambda: f"{x:.2147483648%}")
show("float, width 10**20", lambda: f"{x:99999999999999999999}")
show("float, width 2**63 - 1", lambda: f"{x:9223372036854775807}")
show("float, width 2**63", lambda: f"{x:9223372036854775808}")
show("float, width 2**63 - 1 and precision", lambda: f"{x:9223372036854775807.3f}")
show("int, width 2**63 - 1", lambda: f"{n:9223372036854775807}")
show("int, zero padded", lambda: f"{n:09223372036854775807}")
show("int, grouped", lambda: f"{n:9223372036854775807,}")
show("int, precision 10**20", lambda: f"{n:.99999999999999999999}")
show("str, width 2**63 - 1", lambda: f"{s:9223372036854775807}")
show("str, centred with a wide fill", lambda: f"{s:é^9223372036854775807}")
show("str, precision 2**63 - 1", lambda: f"{s:.9223372036854775807}")
show("format()", lambda: format(x, ".99999999999999999f"))
show("nested spec", lambda: f"{x:{'9223372036854775807'}}")
show("still fine", lambda: f"{x:12.3f}|{n:>5}|{s:*^6}")
