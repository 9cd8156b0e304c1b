# yieldc-flags: -Wunused-variable
# -Wunused-variable (off by default): a local of a function assigned by a
# plain `name = ...` and never read, with pyflakes' exemptions.

counter = 0  # module level: never warned


def f(param):
    a = 1  # warned
    b = c = 2  # both warned
    d: int = 3  # an annotated assignment is a plain one too
    e = 4
    e = 5  # one warning per variable, at the first assignment
    used = 6
    print(used)
    _ignored = 7  # a leading underscore exempts it
    x, y = 8, 9  # unpacking targets are exempt
    [z] = [10]
    for i in range(2):  # loop targets are exempt
        pass
    param = 11  # parameters are exempt
    total = 0
    total += 1  # augmented assignment reads it
    gone = 12
    del gone  # del counts as a use
    try:
        pass
    except ValueError as err:  # `except ... as` is not a plain assignment
        pass
    return 0


def g():
    global counter
    counter = 1  # a global
    captured = 2  # read by an inner function: a cell, exempt

    def inner():
        return captured

    seen = 3  # read by a comprehension: exempt too
    items = [4]  # read where the comprehension starts, in g itself
    return inner, [seen for _ in items]


def gen():
    got = yield 1  # a generator's locals are checked like any other
    yield 2


async def coro():
    result = await other()


async def other():
    pass
