# One generator driven alternately by a for loop, next(), send() and
# throw(): every resumption consumes exactly one yield.

class Skip(Exception):
    pass

def talker():
    n = 0
    while n < 30:
        try:
            got = yield n
            if got is not None:
                print("  talker got", repr(got))
                n += 10
        except Skip:
            print("  talker skips")
            n += 1
        n += 1
    return "talker done"

t = talker()
for v in t:
    print("for loop saw", v)
    if v == 1:
        print("next ->", next(t))
    if v == 3:
        print("throw ->", t.throw(Skip))
    if v == 6:
        print("send ->", t.send("hello"))
print("loop ended; next with default:", next(t, "nothing left"))

# A for loop over a generator that is advanced inside the loop body.
def letters():
    for ch in "abcdefg":
        yield ch

it = letters()
pairs = []
for first in it:
    second = next(it, "-")
    pairs.append(first + second)
print(pairs)

# Interleaving two generators with zip and manual next().
g1 = letters()
g2 = (n for n in range(100))
mixed = []
for a, b in zip(g1, g2):
    mixed.append(a + str(b) + str(next(g2)))
print(mixed)
