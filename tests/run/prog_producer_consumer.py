# A producer/consumer pipeline driven by send(): consumers are generators
# primed with next(), the producer sends items in, and close() at the end
# runs each consumer's finally, which prints its statistics.

def printer(prefix):
    count = 0
    try:
        while True:
            item = yield
            count += 1
            print(prefix, item)
    finally:
        print(prefix, "closed after", count, "items")

def stats():
    n = 0
    total = 0
    smallest = None
    largest = None
    try:
        while True:
            x = yield
            n += 1
            total += x
            if smallest is None or x < smallest:
                smallest = x
            if largest is None or x > largest:
                largest = x
    finally:
        if n:
            print("stats: n =", n, "total =", total, "min =", smallest, "max =", largest,
                  "mean =", total / n)
        else:
            print("stats: no data")

def filter_to(predicate, target):
    try:
        while True:
            x = yield
            if predicate(x):
                target.send(x)
    finally:
        target.close()

def broadcast(targets):
    try:
        while True:
            x = yield
            for t in targets:
                t.send(x)
    finally:
        for t in targets:
            t.close()

def prime(gen):
    next(gen)
    return gen

def produce(data, target):
    for item in data:
        target.send(item)
    target.close()

evens = prime(printer("even:"))
big = prime(printer("big:"))
all_stats = prime(stats())
hub = prime(broadcast([
    prime(filter_to(lambda v: v % 2 == 0, evens)),
    prime(filter_to(lambda v: v > 50, big)),
    all_stats,
]))
produce([5, 12, 70, 33, 8, 99, 64], hub)

print("empty run:")
produce([], prime(stats()))

# A consumer that returns a summary when closed early is ignored by close
# (3.11 returns None), so the summary is printed instead.
def summing():
    total = 0
    try:
        while True:
            total += yield total
    except GeneratorExit:
        print("summing: final total", total)

s = prime(summing())
for v in [1, 2, 3]:
    print("running total", s.send(v))
print("close returned", s.close())
