# Code that must not warn about unreachable code: jumps as the last
# statement of their block, and `return` followed by `yield` statements.

def gen(n):
    if n < 0:
        return
    for i in range(n):
        if i == 5:
            break
        if i % 2:
            continue
        yield i
    return


def empty():
    return
    yield


def empty_from():
    return
    yield from ()


async def aempty():
    return
    yield


def check(x):
    try:
        if x:
            raise ValueError(x)
    except ValueError:
        raise
    finally:
        pass
    return x
