# chain.py: joining several iterables into one stream with `yield from`,
# which hands out every item of each iterable in turn (lists, tuples,
# strings, ranges, dicts and other generators alike).

def chain(sources):
    for source in sources:
        yield from source

def evens(limit):
    n = 0
    while n < limit:
        yield n
        n += 2

mixed = [[1, 2], ("three", 4.0), "xy", range(5, 7), {"key": "value"}, evens(5)]
print(list(chain(mixed)))
print(list(chain([])))
print("".join(chain(["ab", "", "cd"])))
