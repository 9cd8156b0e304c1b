def counter():
    count = 0

    def inc(by=1):
        nonlocal count
        count += by
        return count

    return inc


c = counter()
print(c(), c(), c(5))


def outer():
    x = "a"

    def mid():
        def inner():
            nonlocal x
            x = x + "b"
        inner()
        return x

    r = mid()
    return r, x


print(outer())


def gen_acc():
    total = 0

    def add(v):
        nonlocal total
        total += v

    for i in range(4):
        add(i)
        yield total


print(list(gen_acc()))


def deco(fn):
    calls = 0

    def wrapper(*args, **kw):
        nonlocal calls
        calls += 1
        print("call", calls, fn.__name__)
        return fn(*args, **kw)

    return wrapper


@deco
def square(n):
    return n * n


print(square(3), square(n=4))
