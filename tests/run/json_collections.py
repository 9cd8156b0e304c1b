# json encodes collections' mappings as the dicts, and namedtuples as the
# tuples, they are in CPython.
import json
from collections import Counter, OrderedDict, defaultdict
c = Counter("hello")
print(json.dumps(c))
print(json.dumps(OrderedDict(a=1, b=2)))
d = defaultdict(int); d["x"] += 1
print(json.dumps(d))
print(json.dumps({"k": c}))
from collections import namedtuple
P = namedtuple("P", "x y")
print(json.dumps([P(1, 2), {"p": P(3, 4)}]))
print(json.dumps(Counter("aab"), sort_keys=True, indent=2))
