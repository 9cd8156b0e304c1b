# ValueError: generator already executing.

def selfish():
    print("selfish: about to call next on myself")
    try:
        next(me)
    except ValueError as e:
        print("selfish caught:", e)
    yield "ok"
    yield next(me)

me = selfish()
print(next(me))
try:
    next(me)
except ValueError as e:
    print("caller caught:", e)
print(next(me, "finished"))

# send and throw on a running generator fail the same way.
def sender():
    try:
        target.send(1)
    except ValueError as e:
        print("send:", e)
    try:
        target.throw(KeyError)
    except ValueError as e:
        print("throw:", e)
    try:
        target.close()
    except ValueError as e:
        print("close:", e)
    yield "done"

target = sender()
print(next(target))

# A running delegating generator is running too.
def inner():
    yield 1
    yield next(outer_gen)

def outer():
    yield from inner()

outer_gen = outer()
print(next(outer_gen))
try:
    next(outer_gen)
except ValueError as e:
    print("through yield from:", e)
