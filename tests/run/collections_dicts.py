from collections import defaultdict, Counter, OrderedDict
words = "the cat and the hat and the bat".split()
def gen(ws):
    for w in ws:
        yield w.lower()
c = Counter(gen(words))
print(c)
print(c.most_common(2), c['zzz'], 'zzz' in c, len(c))
print(sorted(c.elements()))
c.update(["cat", "cat"]); c.subtract({"the": 2})
print(c)
a = Counter(a=3, b=1); b = Counter(a=1, b=2)
print(a + b, a - b, a & b, a | b)
print(Counter(), c.total())
g = defaultdict(list)
for w in words:
    g[len(w)].append(w)
print(g)
print(g[3], dict(g.items()), len(g))
dd = defaultdict(int)
dd['x'] += 1
print(dd, dd == {'x': 1})
n = defaultdict()
print(n)
try:
    n['q']
except KeyError as e:
    print('KeyError', e)
o = OrderedDict([('a', 1), ('b', 2), ('c', 3)])
o.move_to_end('a'); print(o)
o.move_to_end('c', last=False); print(o)
print(o.popitem(), o.popitem(last=False), o)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {'b': 2, 'a': 1})
print(OrderedDict())
for k, v in o.items():
    print(k, v)
try:
    OrderedDict().popitem()
except KeyError as e:
    print(e)
