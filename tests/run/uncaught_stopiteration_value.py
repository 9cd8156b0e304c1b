# A StopIteration carrying a generator's return value leaks out of next():
# the last stderr line shows the value.

def worker():
    yield "working"
    return "final answer"

w = worker()
print(next(w))
next(w)
