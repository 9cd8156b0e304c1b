# int and float methods, and int()/float()/str() with keywords and text.


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for n in [0, 1, 255, 256, -1, -255, 2**63 - 1, -2**63, 2**63, 2**100, -2**100 - 1, True, False]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio())
x = 12
print(x.bit_length(), (7).bit_count(), int.bit_length(5) if False else 0)
for f in [0.0, -0.0, 0.5, -0.75, 0.1, 2.0, 1e300, 1e-300, 5e-324, 3.5, 123456789.125]:
    print(f, f.is_integer(), f.as_integer_ratio())
t("is_integer inf", lambda: (float("inf").is_integer(), float("nan").is_integer()))
t("ratio inf", lambda: float("inf").as_integer_ratio())
t("ratio -inf", lambda: float("-inf").as_integer_ratio())
t("ratio nan", lambda: float("nan").as_integer_ratio())
t("bit_length args", lambda: (10).bit_length(1))
t("is_integer args", lambda: (1.5).is_integer(1))
t("int is_integer", lambda: (5).is_integer())
t("float bit_length", lambda: (5.0).bit_length())

t("int base", lambda: (int("ff", 16), int("ff", base=16), int("0x1F", base=0), int("z", 36), int("-101", 2)))
t("int text", lambda: (int(" 42 "), int("1_000"), int("-0"), int("\t+7\n"), int("٣")))
t("float text", lambda: (float("inf"), float(" 1e3 "), float("-Infinity"), float("nan"), float("1_0.5"), float(" -.5")))
t("int kw x", lambda: int(x=5))
t("int kw base only", lambda: int(base=16))
t("int three", lambda: int("1", 2, base=3))
t("int base range", lambda: int("ff", base=1))
t("int base nonstr", lambda: int(5, base=10))
t("int bad", lambda: int("1__0"))
t("int bad2", lambda: int("ff"))
t("float bad", lambda: float("1e"))
t("float kw", lambda: float(x=1))
t("str kw", lambda: (str(object=5), str(object="x"), str(), str(object=[1])))
t("str kw twice", lambda: str(5, object=1))
t("str kw bad", lambda: str(x=1))
t("str encoding", lambda: str(encoding="utf-8"))
t("list kw", lambda: list(x=1))
