# A generator whose yields sit in try, except and finally: the diagram shows
# the paths a throw() or an exception takes (dashed) and the paths through
# the finally block (dotted).

def worker(items):
    total = 0
    for item in items:
        try:
            got = yield item
            if got is None:
                continue
            if got < 0:
                break
            total += got
        except ValueError as e:
            yield "bad: " + str(e)
        finally:
            print("step done")
    return total


g = worker([1, 2, 3, 4])
print(next(g))
print(g.send(10))
print(g.throw(ValueError("odd")))
print(next(g))
print(g.send(5))
try:
    g.send(-1)
except StopIteration as stop:
    print("returned", stop.value)
