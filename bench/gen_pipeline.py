# A three-stage generator pipeline summed: numbers -> evens -> doubled.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1

def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x

def doubled(src):
    for x in src:
        yield x * 2

print(sum(doubled(evens(numbers(3000000)))))
