# isinstance and type(x).__name__ for the Level 1 values.

class AppError(Exception):
    pass

class DbError(AppError):
    pass

def gen():
    yield 1

def f():
    return 0

values = [None, True, 0, 1.5, "s", [1], (1,), {"a": 1}, gen(), AppError("x"), DbError(), f,
          (x for x in "a"), lambda: 0, range(2)]
for v in values:
    print(type(v).__name__)

print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance(1.0, float))
print(isinstance("x", str), isinstance([], list), isinstance((), tuple), isinstance({}, dict))
print(isinstance([], tuple), isinstance(None, int), isinstance(False, bool), isinstance(0, bool))
print(isinstance(1, (str, int)), isinstance("a", (list, tuple)))
e = DbError("db")
print(isinstance(e, DbError), isinstance(e, AppError), isinstance(e, Exception), isinstance(e, BaseException))
print(isinstance(AppError(), DbError), isinstance(e, ValueError))
print(isinstance(KeyError("k"), LookupError), isinstance(IndexError(), LookupError))
print(isinstance(ZeroDivisionError(), ArithmeticError), isinstance(OverflowError(), ArithmeticError))
print(isinstance(StopIteration(), Exception), isinstance(GeneratorExit(), Exception))
print(isinstance(RuntimeError(), Exception), isinstance(AssertionError(), Exception))
print(type(e).__name__, type(KeyError()).__name__, type(GeneratorExit()).__name__)
print(type(1) is int, type(True) is bool, type(True) is int, type("") is str)
print(type([]) == list, type(2.0) == float, type(1) == float)
print(AppError.__name__, DbError.__name__, ValueError.__name__, int.__name__)
