# Finding (difftest, seeds 4008 4013 4018 ...; yieldc rejects a valid
# program): list.sort() with keyword arguments.  sorted() takes key= and
# reverse=, list.sort() does not.
#   CPython: [3, 2, 1] / [3, 2, 1]
#   yieldc:  prog.py:5:8: error: keyword argument 'reverse' to a function
#            call is not supported
l = [3, 1, 2]
l.sort(reverse=True)
print(l)
l.sort(key=lambda q: -q)
print(l)
