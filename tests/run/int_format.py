# str, repr and format specs of big ints: every integer presentation type,
# grouping, fill, alignment, sign, '#', zero padding, the float types (the
# int converted), %-formatting, and the 4300-digit limit of str().
values = [2 ** 64, -(2 ** 64), 3 ** 70, -(3 ** 70) - 1, 2 ** 63, -(2 ** 63) - 1, 255]
specs = ["", "d", ",", "_", "x", "X", "o", "b", "_x", "_b", "#x", "#X", "#o", "#b", "+d", " d",
         "-d", "60", "<60", "^60", ">60", "=60", "*^61,", "060", "+060_", "#070_x", "n", "e",
         ".3e", "E", "f", ".2f", ",.1f", "g", ".20g", "G", "%", ".0%", "z.1f", "#x"]
for v in values:
    print(str(v), repr(v), type(v).__name__)
    for spec in specs:
        print("  %-8s|%s|" % (spec, format(v, spec)))
    print("  f-string", f"{v}", f"{v!r}", f"{v:>{40},}", "{0:x} {0:,}".format(v))
    print("  percent", "%d %i %x %X %o %e %.3f %g %s %r" % (v, v, v, v, v, v, v, v, v, v))
    print("  percent", "%+40d|%-40d|%040x|%#x|%#o|%.30d" % (v, v, v, v, v, v))

def trial(f):
    try:
        print(f())
    except (ValueError, OverflowError, TypeError) as e:
        m = str(e)
        print(type(e).__name__ + ":", m)

trial(lambda: format(2 ** 100, "c"))
trial(lambda: format(2 ** 20, "c"))
trial(lambda: "%c" % 2 ** 100)
trial(lambda: format(2 ** 100, ".3"))
trial(lambda: format(2 ** 100, "s"))
trial(lambda: format(2 ** 100, ",b"))
trial(lambda: format(2 ** 100, "z"))
trial(lambda: format(2 ** 1024, "e"))
trial(lambda: "%f" % 2 ** 1024)
trial(lambda: "%d" % 2.5e30)
trial(lambda: len(str(10 ** 4299)))
trial(lambda: len(str(-(10 ** 4299))))
trial(lambda: str(10 ** 4300))
trial(lambda: repr(-(10 ** 4300)))
trial(lambda: format(10 ** 4300, ","))
trial(lambda: "%d" % 10 ** 4300)
trial(lambda: len(format(10 ** 4300, "x")))
trial(lambda: len("%x" % 10 ** 4300))
trial(lambda: f"{[2 ** 64, (-(2 ** 70), {2 ** 65: 3 ** 45})]}")
