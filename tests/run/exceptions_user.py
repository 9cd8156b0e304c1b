# User exception classes with inheritance, handler selection, except (A, B),
# bare except, handler order.

class AppError(Exception):
    pass

class NetworkError(AppError):
    pass

class TimeoutError_(NetworkError):
    pass

class DiskError(AppError):
    pass

class Unrelated(Exception):
    pass

def fail(kind):
    if kind == "timeout":
        raise TimeoutError_("timed out after 3s")
    if kind == "network":
        raise NetworkError("host unreachable")
    if kind == "disk":
        raise DiskError("disk full", 95)
    if kind == "unrelated":
        raise Unrelated()
    if kind == "key":
        raise KeyError("kk")
    if kind == "zero":
        return 1 // 0
    return "no error"

for kind in ["timeout", "network", "disk", "unrelated", "key", "zero", "none"]:
    try:
        result = fail(kind)
        print(kind, "->", result)
    except TimeoutError_ as e:
        print(kind, "-> TimeoutError_ handler:", e)
    except NetworkError as e:
        print(kind, "-> NetworkError handler:", e)
    except (DiskError, KeyError) as e:
        print(kind, "-> tuple handler:", type(e).__name__, e.args)
    except AppError:
        print(kind, "-> AppError handler (unused)")
    except:
        print(kind, "-> bare except")

# The first matching handler wins, even if a later one is more specific.
try:
    fail("timeout")
except AppError as e:
    print("AppError caught first:", type(e).__name__)
except TimeoutError_:
    print("never")

# Catching the base catches every subclass.
caught = []
for kind in ["timeout", "network", "disk"]:
    try:
        fail(kind)
    except AppError as e:
        caught.append(type(e).__name__)
print(caught)

# Raising a class instead of an instance.
try:
    raise DiskError
except DiskError as e:
    print("raised class:", repr(e), e.args)

# str and repr of exceptions with 0, 1 and 2 args.
for e in [AppError(), AppError("one"), AppError("two", 2), KeyError("key"), KeyError(), ValueError(3)]:
    print(repr(e), "[" + str(e) + "]", e.args)

# The name bound by except is removed after the handler.
try:
    raise AppError("temp")
except AppError as err:
    print("inside:", err)
try:
    print(err)
except NameError as ne:
    print("after handler:", ne)

# Exceptions inside generators are matched the same way.
def risky():
    yield 1
    raise NetworkError("in generator")

try:
    for v in risky():
        print("got", v)
except (DiskError, NetworkError) as e:
    print("tuple caught from generator:", e)

# Nested try statements.
try:
    try:
        fail("disk")
    except NetworkError:
        print("inner handler skipped")
    finally:
        print("inner finally")
except AppError as e:
    print("outer caught", e.args[0])
