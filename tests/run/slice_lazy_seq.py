# A realistic use: a lazily computed sequence class whose __getitem__ takes
# ints and slices (a slice gives another lazy view), with __setitem__ and
# __delitem__ receiving slice objects, iterated by generators.

class Squares:
    """The squares of range(start, stop, step), computed on demand."""

    def __init__(self, start, stop, step=1):
        self.r = range(start, stop, step)

    def __len__(self):
        return len(self.r)

    def __getitem__(self, key):
        if isinstance(key, slice):
            sub = self.r[key]
            return Squares(sub.start, sub.stop, sub.step)
        if not isinstance(key, int):
            raise TypeError(f'indices must be integers or slices, not {type(key).__name__}')
        return self.r[key] ** 2

    def __repr__(self):
        return f'Squares({self.r.start}, {self.r.stop}, {self.r.step})'


sq = Squares(0, 10)
print(sq, len(sq), sq[3], sq[-1], list(sq))
print(sq[2:5], list(sq[2:5]), sq[::3], list(sq[::3]), list(sq[::-1]), list(sq[8:2:-2]))
print(sq[1:][1:][1:], list(sq[1:][1:][1:]), sq[slice(4)], sum(sq[5:]))
try:
    sq['x']
except TypeError as e:
    print('TypeError:', e)
try:
    sq[100]
except IndexError as e:
    print('IndexError:', e)


def window(seq, size):
    for i in range(len(seq) - size + 1):
        yield seq[i:i + size]


print([list(w) for w in window(Squares(1, 6), 3)])


class Recorder:
    def __init__(self):
        self.data = list(range(6))

    def __getitem__(self, key):
        print('get', key)
        return self.data[key]

    def __setitem__(self, key, value):
        print('set', key, value)
        self.data[key] = value

    def __delitem__(self, key):
        print('del', key)
        del self.data[key]


r = Recorder()
print(r[1:3], r[::-2], r[2], r[:])
r[1:3] = 'ab'
r[::2] = [0, 0, 0]
r[4:] += ['tail']
del r[::3]
del r[0]
print(r.data)
for x in r:
    print('iter', x)
    if x == 'tail':
        break

n = 0
def idx():
    global n
    n += 1
    print('index evaluated', n)
    return n

r[idx():idx()] = [idx()]
print(r.data)
