# Coroutine objects driven by hand with send(None), without an event loop:
# StopIteration.value carries the return value; a coroutine suspended at
# asyncio.sleep(0) yields None to its driver.
import asyncio

async def add(a, b):
    return a + b

async def chain(n):
    total = 0
    for i in range(n):
        total = await add(total, i)
    return total

async def pauses(n):
    for i in range(n):
        print("  pause", i)
        await asyncio.sleep(0)
    return "paused " + str(n) + " times"

async def raiser():
    await asyncio.sleep(0)
    raise KeyError("k")

def drive(coro):
    steps = 0
    while True:
        try:
            out = coro.send(None)
        except StopIteration as e:
            print("  finished after", steps, "suspensions, value", repr(e.value))
            return e.value
        steps += 1
        print("  suspended, yielded", out)

c = add(2, 3)
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("add returned", e.value)

print("chain:", drive(chain(5)))
print("pauses:", drive(pauses(3)))

r = raiser()
print("first send:", r.send(None))
try:
    r.send(None)
except KeyError as e:
    print("raiser raised", repr(e))

p = pauses(2)
p.send(None)
p.close()
print("closed a suspended coroutine")
try:
    p.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

q = pauses(2)
q.send(None)
try:
    q.throw(ValueError("thrown in"))
except ValueError as e:
    print("throw propagated:", e)

done = add(1, 1)
try:
    done.send(None)
except StopIteration:
    pass
try:
    done.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

fresh = add(1, 2)
try:
    fresh.send(5)
except TypeError as e:
    print("TypeError:", e)
fresh.close()
