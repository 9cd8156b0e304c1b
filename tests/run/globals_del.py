# global declarations, module variables read from functions and generators,
# del of names and items.

counter = 0
log = []

def bump():
    global counter
    counter += 1
    return counter

def gen_bumps(n):
    global counter
    for i in range(n):
        counter += 10
        yield counter

def reader():
    return counter * 2

print(bump(), bump(), counter, reader())
print(list(gen_bumps(3)), counter)

def set_new_global():
    global created_later
    created_later = "made inside a function"

set_new_global()
print(created_later)

def shadow():
    counter = "local"
    return counter

print(shadow(), counter)

def append_log(msg):
    log.append(msg)

append_log("a")
append_log("b")
print(log)

# A generator sees global changes made while it is suspended.
def watch():
    while True:
        yield counter

w = watch()
print(next(w))
counter = 1000
print(next(w))
w.close()

# del of a name.
temp = "temporary"
print(temp)
del temp
try:
    print(temp)
except NameError as e:
    print("NameError:", e)
temp = "back"
print(temp)

# del of list and dict items.
nums = [0, 1, 2, 3, 4]
del nums[0]
del nums[-1]
print(nums)
table = {"a": 1, "b": 2, "c": 3}
del table["b"]
print(table)

# del of a local in a function, then reassign.
def local_del():
    x = [1]
    y = x
    del x
    x = "new"
    return x, y

print(local_del())

# del inside a generator of a local that holds another generator.
def res(name):
    try:
        yield name
    finally:
        print("  finalized", name)

def holder():
    inner = res("inner")
    yield next(inner)
    del inner
    yield "after del inner"

print(list(holder()))

# global in a nested generator
total = 0
def adder(items):
    def gen():
        global total
        for it in items:
            total += it
            yield total
    return gen()

print(list(adder([1, 2, 3])), total)
