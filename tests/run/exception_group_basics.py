# BaseExceptionGroup and ExceptionGroup: which class a construction gives,
# message, exceptions, str, repr, args, the checks of the arguments, and
# catching by either class or by Exception.
eg = ExceptionGroup("two", [ValueError(1), TypeError("t")])
print(type(eg).__name__, str(eg), repr(eg))
print(eg.message, eg.exceptions, eg.args)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), issubclass(ExceptionGroup, Exception))
one = BaseExceptionGroup("one", (KeyError("k"),))
print(type(one).__name__, str(one), repr(one))
base = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
print(type(base).__name__, str(base), isinstance(base, Exception))
nested = ExceptionGroup("outer", [eg, one])
print(nested, [str(e) for e in nested.exceptions])

for args in [("m",), (1, [ValueError()]), ("m", 1), ("m", []), ("m", [1]), ("m", [ValueError()], 3)]:
    try:
        BaseExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError", e)

try:
    raise ExceptionGroup("raised", [OSError("disk")])
except Exception as e:
    print("caught by Exception:", repr(e))
try:
    raise BaseExceptionGroup("raised", [SystemExit(3)])
except Exception:
    print("not here")
except BaseExceptionGroup as e:
    print("caught by BaseExceptionGroup:", e.exceptions)
