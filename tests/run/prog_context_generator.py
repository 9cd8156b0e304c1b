# A context manager class wrapping a generator, like contextlib.contextmanager.
class GeneratorCM:
    def __init__(self, gen):
        self.gen = gen

    def __enter__(self):
        return next(self.gen)

    def __exit__(self, typ, value, tb):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(value)
        except StopIteration:
            return True
        except BaseException as exc:
            if exc is value:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    def helper(*args, **kwds):
        return GeneratorCM(func(*args, **kwds))
    return helper


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


@contextmanager
def suppress(*types):
    try:
        yield
    except types as e:
        print("suppressed", type(e).__name__, e)


with tag("b") as t:
    print("inside", t)

with suppress(KeyError, ValueError):
    with tag("i"):
        {}["missing"]
print("after")

try:
    with tag("p"):
        raise TypeError("not suppressed")
except TypeError as e:
    print("caught", e)


def lines():
    with tag("ul"):
        for i in range(3):
            with tag("li"):
                yield i


for x in lines():
    print("got", x)
g = lines()
next(g)
g.close()
print("closed")
