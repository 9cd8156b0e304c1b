# A chain of generators several levels deep: values, send, throw, close and
# return values all travel through every level.

class Ping(Exception):
    pass

def bottom():
    received = []
    try:
        while len(received) < 3:
            try:
                x = yield "bottom wants input " + str(len(received))
                received.append(x)
            except Ping:
                print("  bottom: Ping caught, still waiting")
    finally:
        print("  bottom finally, received", received)
    return received

def level(depth):
    print("  enter level", depth)
    try:
        if depth == 0:
            result = yield from bottom()
        else:
            result = yield from level(depth - 1)
        return [depth] + result
    finally:
        print("  leave level", depth)

print("send through five levels:")
g = level(4)
print(next(g))
print(g.send("a"))
print(g.throw(Ping))
print(g.send("b"))
try:
    g.send("c")
except StopIteration as e:
    print("returned", e.value)

print("close through five levels:")
g = level(4)
print(next(g))
print(g.send("a"))
g.close()

print("uncaught throw through five levels:")
g = level(4)
next(g)
try:
    g.throw(KeyError("deep"))
except KeyError as e:
    print("came out:", e)

print("for loop over the chain:")
def counter(n):
    for i in range(n):
        yield i
    return n

def relay(n, depth):
    if depth == 0:
        got = yield from counter(n)
    else:
        got = yield from relay(n, depth - 1)
    return got + 1

total = 0
for v in relay(4, 6):
    total += v
print("total", total)
r = relay(2, 6)
print(list(r))
r2 = relay(0, 3)
try:
    next(r2)
except StopIteration as e:
    print("empty chain returned", e.value)
