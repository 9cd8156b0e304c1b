# The recursion limit (1000) counts frames as CPython does: the module's,
# each running function, each running generator, coroutine or async
# generator, and the event loop's own frames inside asyncio.run.  These are
# the exact boundaries: one level more raises RecursionError.
import asyncio

def down(n):
    if n == 0:
        return 0
    return down(n - 1) + 1

def attempt(label, fn, n):
    try:
        fn(n)
        print(label, n, "ok")
    except RecursionError as e:
        print(label, n, "RecursionError:", e)

def deep(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from deep(n - 1)
    return r + 1

def walk(n):
    for v in deep(n):
        pass
    return v

def rs(n):
    if n == 0:
        yield 0
        return
    g = rs(n - 1)
    yield g.send(None)

for n in [997, 998, 999]:
    try:
        print("down", n, down(n))
    except RecursionError as e:
        print("down", n, "RecursionError:", e)
    try:
        print("list(deep)", n, len(list(deep(n))))
    except RecursionError as e:
        print("list(deep)", n, "RecursionError:", e)
for n in [996, 997, 998]:
    attempt("walk", walk, n)
for n in [498, 499]:
    print("list(rs)", n, list(rs(n)))
try:
    list(rs(500))
except RecursionError:
    print("list(rs) 500 RecursionError")

# A generator resumed one level past the limit is finished without running
# any more of it (not even its finally block); a call that goes past the
# limit before reaching it leaves it alone.
def held():
    try:
        yield "first"
        yield "second"
        yield "third"
    finally:
        print("held finally")

def at_depth(n, fn):
    if n == 0:
        return fn()
    return at_depth(n - 1, fn)

def step():
    for v in h:
        return v

h = held()
print(next(h))
for n in [998, 997]:
    try:
        print(n, at_depth(n, step))
    except RecursionError as e:
        print(n, "RecursionError:", e, "| suspended:", h.gi_suspended)
print(next(h, "exhausted"))
h = held()
print(next(h))
print(at_depth(996, step))
h.close()

# Inside asyncio.run the coroutine runs 9 levels up (asyncio's frames).
async def agen():
    for n in [987, 988, 989]:
        try:
            down(n)
            yield n
        except RecursionError as e:
            yield str(n) + " RecursionError: " + str(e)

async def main():
    for n in [988, 989, 990]:
        attempt("in a coroutine, down", down, n)
    async for line in agen():
        print("in an async generator, down", line)

asyncio.run(main())
