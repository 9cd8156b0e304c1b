print(hasattr([], "__getitem__"), hasattr({}, "__len__"), hasattr("", "__iter__"), hasattr(set(), "__getitem__"))
print([1, 2].__len__(), [1, 2].__getitem__(1), 'ab'.__contains__('a'), {1: 2}.__getitem__(1), range(5).__getitem__(-1))
d = {}
d.__setitem__(1, 2)
print(d)
d.__delitem__(1)
print(d, frozenset([1]).__contains__(1), (1, 2).__len__(), b"ab".__getitem__(0))
try:
    [].__len__(1)
except Exception as x:
    print('[].__len__(1)', '->', type(x).__name__, repr(str(x)))
try:
    [].__getitem__()
except Exception as x:
    print('[].__getitem__()', '->', type(x).__name__, repr(str(x)))
try:
    [].__contains__()
except Exception as x:
    print('[].__contains__()', '->', type(x).__name__, repr(str(x)))
try:
    {}.__setitem__(1)
except Exception as x:
    print('{}.__setitem__(1)', '->', type(x).__name__, repr(str(x)))
try:
    (1,).__getitem__()
except Exception as x:
    print('(1,).__getitem__()', '->', type(x).__name__, repr(str(x)))
try:
    frozenset().__contains__()
except Exception as x:
    print('frozenset().__contains__()', '->', type(x).__name__, repr(str(x)))
try:
    {}.__contains__()
except Exception as x:
    print('{}.__contains__()', '->', type(x).__name__, repr(str(x)))
try:
    [].__getitem__(1, 2)
except Exception as x:
    print('[].__getitem__(1, 2)', '->', type(x).__name__, repr(str(x)))
try:
    [].__getitem__(5)
except Exception as x:
    print('[].__getitem__(5)', '->', type(x).__name__, repr(str(x)))
m = [3, 4].__getitem__
print(m(0), m.__name__)
