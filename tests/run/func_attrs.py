# Function attributes: a function's __dict__, set and read by name (as
# functools.wraps and memoizing decorators do), __name__ and __qualname__
# reassigned (repr follows __qualname__), deletion, and the errors.
def counted(f):
    # (wrapper.calls += 1 inside wrapper would be a reference cycle, which
    # yieldc does not collect: see README, Recursion and limits.)
    calls = [0]

    def wrapper(*args):
        calls[0] += 1
        return f(*args)
    wrapper.calls = calls
    wrapper.__wrapped__ = f
    wrapper.__name__ = f.__name__
    wrapper.__qualname__ = f.__qualname__
    return wrapper


@counted
def square(x):
    return x * x


def gen(n):
    yield from range(n)


print(square(3), square(4), square.calls[0], square.__name__, square.__qualname__)
print(square.__wrapped__(5), square.__wrapped__.__name__)
print(repr(square).split(" at ")[0], repr(square.__wrapped__).split(" at ")[0])
print(sorted(square.__dict__))
gen.note = "a generator function"
print(gen.note, list(gen(3)), gen.__dict__)
print(hasattr(gen, "note"), hasattr(gen, "other"), getattr(gen, "other", "default"))
setattr(gen, "other", 1)
del gen.note
print(gen.__dict__)
gen.__dict__ = {"replaced": True}
print(gen.replaced, gen.__dict__)
lam = lambda: 0
lam.tag = "lambda"
print(lam.tag, lam.__name__)
for bad in ["gen.__name__ = 5", "del gen.missing", "gen.missing", "gen.__dict__ = 1", "del gen.__qualname__"]:
    try:
        exec_ = {"gen.__name__ = 5": lambda: setattr(gen, "__name__", 5),
                 "del gen.missing": lambda: delattr(gen, "missing"),
                 "gen.missing": lambda: gen.missing,
                 "gen.__dict__ = 1": lambda: setattr(gen, "__dict__", 1),
                 "del gen.__qualname__": lambda: delattr(gen, "__qualname__")}[bad]
        exec_()
    except (TypeError, AttributeError) as e:
        print(bad, "->", type(e).__name__, e)
