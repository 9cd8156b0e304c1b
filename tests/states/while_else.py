# Loops with break, continue and else around yields, and a yield in a
# condition.

def search(items, wanted):
    i = 0
    while i < len(items):
        if (yield items[i]) == "stop":
            return "stopped"
        if items[i] == wanted:
            break
        i += 1
    else:
        yield "not found"
        return None
    yield "found at " + str(i)
    return i


for target in ["b", "z"]:
    print(list(search(["a", "b", "c"], target)))
g = search(["a", "b"], "b")
print(next(g))
try:
    g.send("stop")
except StopIteration as e:
    print("returned", e.value)
