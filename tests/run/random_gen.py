# from random import ...: seeded random numbers drawn inside generators,
# a pipeline of them, and the module's state shared by every import form.
from random import randint, seed, choice as pick, shuffle
import random as rnd


def dice(n):
    for _ in range(n):
        yield randint(1, 6)


def walk(steps):
    pos = 0
    for _ in range(steps):
        pos += pick([-1, 1])
        yield pos


def deal(deck, hands):
    shuffle(deck)
    for i in range(hands):
        yield deck[i * 5:(i + 1) * 5]


seed(2024)
print(list(dice(10)))
print(list(walk(15)))
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
for hand in deal(deck, 3):
    print(sorted(hand))
print(sum(dice(1000)))

seed(7)
a = [rnd.random() for _ in range(3)]
rnd.seed(7)
b = [rnd.random() for _ in range(3)]
print(a == b, a)

seed(1)
state = rnd.getstate()
first = [randint(0, 10 ** 6) for _ in range(5)]
rnd.setstate(state)
print(first == [randint(0, 10 ** 6) for _ in range(5)], first)
print(state[0], len(state[1]), state[2])

g = (rnd.gauss(0, 1) for _ in range(4))
print([round(x, 6) for x in g])
print(randint is rnd.randint, rnd.seed is seed)

rnd.seed()
x = rnd.random()
rnd.seed(None)
print(0.0 <= x < 1.0, type(rnd.randint(1, 2)).__name__, len(rnd.randbytes(4)))
print(rnd.BPF, rnd.RECIP_BPF, rnd.TWOPI, rnd.LOG4, rnd.NV_MAGICCONST, rnd.SG_MAGICCONST)
