# An iterator class beside its generator-method twin.
class CountdownIter:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

    def __reversed__(self):
        n = 1
        while n <= self.start:
            yield n
            n += 1


print(list(CountdownIter(5)))
print(list(Countdown(5)))
c = Countdown(3)
print([x for x in c], [x for x in c])
it = CountdownIter(3)
print(next(it), next(it), list(it), list(it))
print(sum(Countdown(100)), max(CountdownIter(7)), sorted(Countdown(4)))
print(list(zip(Countdown(3), CountdownIter(3))))
g = iter(Countdown(2))
print(type(g).__name__, next(g), next(g), next(g, "done"))
