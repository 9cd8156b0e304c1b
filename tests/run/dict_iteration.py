# Iterating dicts from generators: insertion order, views, and what happens
# when the dict changes size while a generator is suspended over it.

inventory = {"apples": 3, "pears": 0, "plums": 7}

def in_stock(d):
    for name, count in d.items():
        if count > 0:
            yield name

print(list(in_stock(inventory)))

def keys_slowly(d):
    for k in d:
        yield k

g = keys_slowly(inventory)
print(next(g))
inventory["apples"] = 10
print(next(g))
inventory["kiwis"] = 2
try:
    print(next(g))
except RuntimeError as e:
    print("RuntimeError:", e)

# Replacing values does not change the size: iteration continues.
scores = {"a": 1, "b": 2, "c": 3}
def doubled_values(d):
    for k in d:
        d[k] = d[k] * 2
        yield k
print(list(doubled_values(scores)), scores)

# Deleting while iterating over a snapshot of the keys is fine.
data = {"x": 1, "y": 2, "z": 3}
for k in list(data.keys()):
    if data[k] % 2 == 1:
        del data[k]
print(data)

# values() and items() reflect the latest values.
prices = {"tea": 2.5, "coffee": 3.0}
vals = prices.values()
prices["tea"] = 2.75
print(list(vals), list(prices.items()))
print(sorted(prices.items(), key=lambda kv: kv[1]))
