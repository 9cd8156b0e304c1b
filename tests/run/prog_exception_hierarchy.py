# An exception hierarchy with attributes, thrown into generators.
class AppError(Exception):
    def __init__(self, message, code=1):
        super().__init__(message)
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.args[0]}"


class RetryableError(AppError):
    def __init__(self, message, attempts):
        super().__init__(message, code=503)
        self.attempts = attempts


class FatalError(AppError):
    pass


def worker():
    results = []
    while True:
        try:
            item = yield len(results)
            results.append(item)
        except RetryableError as e:
            print("retrying after", e, "attempts:", e.attempts)
        except AppError as e:
            print("app error", e, e.code, type(e).__name__)
            return results


w = worker()
next(w)
print(w.send("a"), w.send("b"))
print(w.throw(RetryableError("busy", 3)))
try:
    w.throw(FatalError("disk", code=7))
except StopIteration as e:
    print("finished with", e.value)

errs = [AppError("x"), RetryableError("y", 2), FatalError("z", 9)]
for e in errs:
    print(repr(e), str(e), e.args, isinstance(e, AppError), isinstance(e, RetryableError))
try:
    raise FatalError("boom") from KeyError("k")
except AppError as e:
    print(e, repr(e.__cause__), e.code)
print(issubclass(RetryableError, Exception), RetryableError.__mro__)
