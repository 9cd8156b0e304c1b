# An except clause whose type expression raises: the new exception's
# __context__ is the exception being handled, and that one is not leaked.
def boom():
    raise KeyError("from the clause")

def undefined_clause():
    try:
        raise ValueError("handled")
    except undefined_name:
        print("not reached")

def raising_clause():
    try:
        raise ValueError("handled")
    except boom():
        print("not reached")

def bad_clause():
    try:
        raise ValueError("handled")
    except 5:
        print("not reached")

def second_clause():
    try:
        raise ValueError("handled")
    except TypeError:
        print("not reached")
    except boom():
        print("not reached")
    except ValueError:
        print("not reached")

def with_finally():
    try:
        raise ValueError("handled")
    except undefined_name:
        print("not reached")
    finally:
        print("finally runs")

def nested():
    try:
        raise IndexError("outer")
    except IndexError:
        try:
            raise ValueError("inner")
        except boom():
            pass

for f in (undefined_clause, raising_clause, bad_clause, second_clause,
          with_finally, nested):
    for i in range(3):
        try:
            f()
        except Exception as e:
            ctx = e.__context__
            if i == 0:
                print(f.__name__, type(e).__name__, e, "<-", repr(ctx),
                      "<-", repr(ctx.__context__))

def gen():
    try:
        yield 1
        raise ValueError("in gen")
    except boom():
        yield 2

for i in range(3):
    g = gen()
    try:
        for x in g:
            print("gen yields", x)
    except KeyError as e:
        print("gen", repr(e), repr(e.__context__))

# The handled exception is visible as such while the clause is evaluated.
def check():
    try:
        raise ValueError("inside")
    except ValueError as e:
        print("inside", repr(e.__context__))

def clause_with_try():
    check()
    return ValueError

try:
    raise ValueError("outer")
except clause_with_try() as e:
    print("caught", repr(e), repr(e.__context__))

# At module level.
for i in range(3):
    try:
        try:
            raise ValueError(i)
        except undefined_name:
            pass
    except NameError as e:
        print("module", e, repr(e.__context__))
# A clause's type may suspend a generator; the caught exception stays handled
# across the suspension.
def gen_type():
    try:
        raise ValueError("in gen")
    except (yield "which type?") as e:
        yield "caught " + repr(e)

g = gen_type()
print(next(g))
print(g.send(ValueError))
g = gen_type()
next(g)
try:
    g.send(3)
except TypeError as e:
    print("bad type", repr(e.__context__))
print("done")
