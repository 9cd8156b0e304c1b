data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 6], y)


def chunks(it):
    it = iter(it)
    while (chunk := [v for _, v in zip(range(2), it)]):
        yield chunk


print(list(chunks(range(5))))
total = 0
print([total := total + x for x in data], total)


def f():
    vals = [(m := v) for v in "abc"]
    return vals, m


print(f())
