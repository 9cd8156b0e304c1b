# The GeneratorExit that close() throws in is made in the caller's frame:
# its __context__ is the exception the caller is handling, unless the
# generator is itself handling one where it is suspended (that one wins).
# throw() chains only the generator's own.  (Found by make difftest.)
class E3(Exception):
    pass


def watcher(name):
    try:
        yield 1
    except GeneratorExit as e:
        print(name, "close:", repr(e.__context__))
        raise


def handling_inside():
    try:
        raise E3("inside")
    except E3:
        try:
            yield 1
        except GeneratorExit as e:
            print("inside close:", repr(e.__context__))
            raise


def thrown():
    try:
        yield 1
    except ValueError as e:
        print("throw:", repr(e.__context__))
    yield 2


g = watcher("plain")
next(g)
g.close()

g = watcher("caller handling")
next(g)
try:
    raise E3("caller")
except E3:
    g.close()

g = handling_inside()
next(g)
try:
    raise E3("caller")
except E3:
    g.close()

g = thrown()
next(g)
try:
    raise E3("caller")
except E3:
    print(g.throw(ValueError("v")))

g = watcher("deleted")
next(g)
try:
    raise E3("while deleting")
except E3:
    del g


def main():
    ga = watcher("in a function")
    next(ga)
    try:
        raise E3("handling")
    except E3:
        print(ga.close())


main()
