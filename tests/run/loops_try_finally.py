# break/continue/return crossing try/finally inside loops, with yields.

def break_through_finally():
    for i in range(5):
        try:
            yield i
            if i == 2:
                print("  breaking at", i)
                break
        finally:
            print("  finally for", i)
    yield "after loop"

print(list(break_through_finally()))

def continue_through_finally():
    i = 0
    while i < 4:
        i += 1
        try:
            if i % 2 == 0:
                continue
            yield i
        finally:
            print("  finally i =", i)
    yield "done"

print(list(continue_through_finally()))

# continue inside finally (allowed since Python 3.8): it discards a pending
# exception.
def continue_in_finally():
    for i in range(3):
        try:
            yield i
            raise ValueError("lost " + str(i))
        finally:
            print("  finally", i, "continues")
            continue
    yield "loop finished without error"

print(list(continue_in_finally()))

# break inside finally also discards the pending exception.
def break_in_finally():
    while True:
        try:
            yield "in loop"
            raise KeyError("dropped")
        finally:
            print("  finally breaks")
            break
    yield "after while"

print(list(break_in_finally()))

# A yield inside the finally of a loop body, with break pending.
def yield_in_finally_with_break():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            yield "finally " + str(i)
    yield "end"

print(list(yield_in_finally_with_break()))

# Closing a generator suspended inside a loop inside try/finally.
def looping():
    try:
        n = 0
        while True:
            try:
                yield n
            finally:
                print("  inner finally at", n)
            n += 1
    finally:
        print("  outer finally")

g = looping()
print(next(g), next(g), next(g))
g.close()

# throw into a loop that catches and continues
def robust():
    total = 0
    for i in range(4):
        try:
            total += yield total
        except ValueError:
            print("  skipping iteration", i)
            continue
        finally:
            print("  end of iteration", i)
    return total

r = robust()
print(next(r))
print(r.send(10))
print(r.throw(ValueError))
print(r.send(5))
try:
    r.send(1)
except StopIteration as e:
    print("returned", e.value)
