# while/else, for/else, break and continue with yields in the loop bodies.

def search(items, target):
    for i in range(len(items)):
        yield "look " + str(i)
        if items[i] == target:
            yield "found"
            break
    else:
        yield "not found"
    yield "end"

print(list(search([5, 6, 7], 6)))
print(list(search([5, 6, 7], 9)))
print(list(search([], 1)))

def countdown(n):
    while n > 0:
        n -= 1
        if n % 2 == 1:
            continue
        yield n
        if n == 2:
            yield "break at 2"
            break
    else:
        yield "while-else ran"
    yield "done"

print(list(countdown(7)))
print(list(countdown(2)))
print(list(countdown(0)))

def nested_loops():
    for i in range(4):
        for j in range(4):
            if j > i:
                break
            if (i + j) % 2 == 1:
                continue
            yield (i, j)
        else:
            yield ("inner completed", i)
    yield "outer done"

print(list(nested_loops()))

# while True with a sent value deciding when to stop.
def until_stop():
    count = 0
    while True:
        cmd = yield count
        if cmd == "stop":
            break
        if cmd == "skip":
            continue
        count += 1
    yield "stopped at " + str(count)

u = until_stop()
print(next(u), u.send("go"), u.send("skip"), u.send("go"), u.send("stop"))

# for loop over a generator inside a generator, with else.
def evens_until(limit, src):
    for x in src:
        if x > limit:
            yield "over limit"
            break
        if x % 2:
            continue
        yield x
    else:
        yield "source exhausted"

print(list(evens_until(5, iter([1, 2, 3, 4, 6, 8]))))
print(list(evens_until(50, iter([1, 2, 3, 4, 6, 8]))))

# loop variables keep their last value after the loop
def last_value():
    for k in range(3):
        yield k
    yield "k after loop = " + str(k)

print(list(last_value()))
