# Row 2: a three-stage generator pipeline summed: numbers -> evens ->
# doubled; an item is one number produced by the first stage.
import sys


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


print(sum(doubled(evens(numbers(int(sys.argv[1]))))))
