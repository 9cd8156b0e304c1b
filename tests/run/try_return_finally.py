# return inside try/finally in generators, and return/break inside finally.

def ret_in_try():
    try:
        yield "a"
        return "from try"
    finally:
        print("  finally after return")

def ret_in_try_finally_yields():
    try:
        yield "a"
        return "pending return"
    finally:
        print("  finally yields while a return is pending")
        yield "from finally"
        print("  finally done")

def ret_in_finally_overrides():
    try:
        yield "a"
        raise ValueError("swallowed")
    finally:
        return "finally wins"

def ret_in_except():
    try:
        yield "a"
        raise KeyError("k")
    except KeyError:
        return "from except"
    finally:
        print("  finally after except-return")

def ret_in_finally_on_close():
    try:
        yield "a"
    finally:
        print("  finally returns during close")
        return "close value"

def collect(g):
    out = []
    while True:
        try:
            out.append(next(g))
        except StopIteration as e:
            return out, e.value

print(collect(ret_in_try()))
print(collect(ret_in_try_finally_yields()))
print(collect(ret_in_finally_overrides()))
print(collect(ret_in_except()))

g = ret_in_finally_on_close()
next(g)
print("close ->", g.close())

# A plain function: return inside try/finally inside a loop.
def first_negative(xs):
    for x in xs:
        try:
            if x < 0:
                return x
        finally:
            print("  checked", x)
    return None

print(first_negative([3, 1, -4, 1, -5]))
print(first_negative([]))

# A generator that returns from inside a loop inside try/finally.
def find(xs, target):
    i = 0
    try:
        for x in xs:
            yield i
            if x == target:
                return "found at " + str(i)
            i += 1
    finally:
        print("  find finally, i =", i)

print(collect(find("abcde", "c")))
print(collect(find("ab", "z")))
