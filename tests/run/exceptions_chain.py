# raise X from Y, implicit context, bare re-raise, re-raising from a
# generator, exceptions raised in handlers and finally.

class ParseError(Exception):
    pass

def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ParseError("cannot parse " + repr(text)) from e

try:
    parse("x1")
except ParseError as e:
    print("error:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__)

# Implicit context when raising inside a handler.
try:
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print("context:", repr(e.__context__), "cause:", e.__cause__)

# raise ... from None suppresses the context display; __cause__ is None.
try:
    try:
        [][1]
    except IndexError:
        raise ValueError("clean") from None
except ValueError as e:
    print("from None:", e.__cause__, type(e.__context__).__name__)

# Bare raise re-raises the exception being handled.
def reraiser():
    try:
        raise KeyError("original")
    except KeyError:
        print("  logging and re-raising")
        raise

try:
    reraiser()
except KeyError as e:
    print("re-raised:", repr(e))

# Bare raise inside a generator's handler.
def gen_reraise():
    try:
        yield 1
    except ValueError:
        print("  generator saw ValueError, re-raising")
        raise

g = gen_reraise()
next(g)
try:
    g.throw(ValueError("thrown in"))
except ValueError as e:
    print("came back out:", e)

# An exception in finally replaces the original.
try:
    try:
        raise KeyError("first")
    finally:
        raise IndexError("second")
except IndexError as e:
    print("finally exception wins:", e, "context:", repr(e.__context__))
except KeyError:
    print("never")

# raise from with a class as the cause.
try:
    raise ParseError("with class cause") from KeyError
except ParseError as e:
    print("cause from class:", repr(e.__cause__))

# Nested handlers and re-raise of the outer exception after an inner one.
try:
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise KeyError("inner")
        except KeyError:
            pass
        raise
except ValueError as e:
    print("outer re-raised after inner handled:", e)

# Exception objects can be stored and raised later.
saved = ParseError("saved", 1)
try:
    raise saved
except ParseError as e:
    print(e is saved, e.args)

# Context chaining through a generator.
def gen_context():
    try:
        yield 1
        raise KeyError("k")
    except KeyError:
        yield 2
        raise ValueError("v")

try:
    list(gen_context())
except ValueError as e:
    print("gen context:", repr(e.__context__))
