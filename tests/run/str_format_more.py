# %-formatting and str.format: keyword fields, attributes, items,
# conversions, alignment, format_map.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


p = Point(3, "a")
t("pct", lambda: "%5.2f %s %r %d %x" % (3.14159, "a", "b", 42, 255))
t("pct dict", lambda: "%(name)s is %(age)d, %(name)r" % {"name": "bob", "age": 3})
t("pct width", lambda: "[%-6s|%6s|%06.1f|%+d|%o|%#x|%e|%g|%c|%%]" % ("ab", "cd", 2.25, 5, 8, 255, 12345.678, 0.0001, 65))
t("pct star", lambda: "%*d|%-*s|%.*f" % (5, 42, 4, "x", 2, 3.14159))
t("pct missing key", lambda: "%(x)s" % {"y": 1})
t("pct few", lambda: "%s %s" % ("a",))
t("pct many", lambda: "%s" % ("a", "b"))
t("pct obj", lambda: "%s and %r" % (p, p))
t("fmt pos", lambda: "{0} {1} {0}".format("a", "b"))
t("fmt auto", lambda: "{} {}".format(1, 2))
t("fmt kw", lambda: "{name}! {greeting}, {name}".format(name="x", greeting="hi"))
t("fmt mixed", lambda: "{0} {k} {1}".format("a", "b", k="c"))
t("fmt attr", lambda: "{p.x} {p.y} {0.x}".format(p, p=p))
t("fmt item", lambda: "{0[1]} {d[k]} {d[k][0]} {0[0]}".format([7, 8], d={"k": "vw"}))
t("fmt align", lambda: "{:>10}|{:<6}|{:^7}|{:*^9}|{:=+8}".format("hi", "ab", "mid", "c", 42))
t("fmt conv", lambda: "{!r} {!s} {!a} {0!r:>8}".format("hi", p, "é"))
t("fmt spec", lambda: "{:08.3f} {:,} {:x} {:#b} {:.2%} {:e}".format(3.14159, 1234567, 255, 5, 0.256, 1500.0))
t("fmt nested", lambda: "{:{w}.{p}f}".format(3.14159, w=10, p=2))
t("fmt obj", lambda: "{} {!r}".format(p, p))
t("fmt missing kw", lambda: "{name}".format(x=1))
t("fmt missing attr", lambda: "{0.z}".format(p))
t("fmt missing index", lambda: "{2}".format(1, 2))
t("fmt bad item", lambda: "{0[5]}".format([1]))
t("fmt bad conv", lambda: "{!x}".format(1))
t("fmt switch", lambda: "{} {0}".format(1))
t("format_map", lambda: "{a} and {b[0]}".format_map({"a": 1, "b": "xy"}))
t("format_map missing", lambda: "{a}".format_map({}))
t("format_map args", lambda: "{a}".format_map())
print("{0:>{1}}|".format("r", 4), "%s" % [1, 2], "%d%%" % 50)
