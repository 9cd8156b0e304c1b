# The errors of set and frozenset, with CPython's messages.

def attempt(label, f):
    try:
        r = f()
        print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__, e)

attempt("unhashable key", lambda: {[1], 2})
attempt("unhashable set", lambda: hash({1}))
attempt("set in set", lambda: {{1}})
attempt("set as dict key", lambda: {{1}: 2})
attempt("frozenset of list", lambda: frozenset([[1]]))
attempt("remove", lambda: {1}.remove(2))
attempt("remove tuple", lambda: {1}.remove((1, 2)))
attempt("pop", lambda: set().pop())
attempt("add arity", lambda: {1}.add())
attempt("pop arity", lambda: {1}.pop(1))
attempt("copy arity", lambda: frozenset().copy(1))
attempt("issubset arity", lambda: {1}.issubset())
attempt("symmetric_difference arity", lambda: {1}.symmetric_difference([1], [2]))
attempt("set() arity", lambda: set([1], [2]))
attempt("frozenset() arity", lambda: frozenset([1], [2]))
attempt("set() keyword", lambda: set(iterable=[1]))
attempt("not iterable", lambda: set(3))
attempt("update not iterable", lambda: {1}.update([2], 3))
attempt("union keyword", lambda: {1}.union(x=1))
attempt("frozenset add", lambda: frozenset().add(1))
attempt("frozenset discard", lambda: frozenset().discard)
attempt("no attribute", lambda: set().append)
attempt("| list", lambda: {1} | [1])
attempt("& tuple", lambda: {1} & (1,))
attempt("- int", lambda: {1} - 1)
attempt("^ dict", lambda: frozenset() ^ {})
attempt("list |", lambda: [1] | {1})
attempt("+", lambda: {1} + {2})
attempt("< list", lambda: {1} < [1])
attempt(">= int", lambda: frozenset() >= 0)
one = {1}
attempt("index", lambda: one[0])
attempt("isdisjoint int", lambda: {1}.isdisjoint(3))
attempt("unhashable member", lambda: [1] in {1})
attempt("in unhashable", lambda: {1}.issuperset([[1]]))
attempt("set key for in", lambda: {1} in {frozenset({1})})
attempt("set key for issuperset", lambda: {frozenset({1})}.issuperset([{1}]))
attempt("set key for isdisjoint", lambda: {frozenset({1})}.isdisjoint([{1}]))

def grow():
    s = {1, 2, 3}
    for x in s:
        s.add(x + 10)

def shrink():
    s = {1, 2, 3}
    for x in s:
        s.discard(x)

attempt("changed while iterating", grow)
attempt("shrunk while iterating", shrink)

def augmented():
    s = {1}
    try:
        s |= [2]
    except TypeError as e:
        print("|=", e)
    try:
        s -= 1
    except TypeError as e:
        print("-=", e)
    try:
        s &= None
    except TypeError as e:
        print("&=", e)
    try:
        s ^= "x"
    except TypeError as e:
        print("^=", e)
    print(s)

augmented()
