# Nested try/finally and try/except blocks with yields at several depths,
# closed or thrown into at each depth: handlers run innermost first.

def nested():
    try:
        print("  level 1")
        yield 1
        try:
            print("  level 2")
            yield 2
            try:
                print("  level 3")
                yield 3
            finally:
                print("  finally 3")
            yield 4
        except KeyError as e:
            print("  except at level 2:", repr(e))
            yield "recovered"
        finally:
            print("  finally 2")
        yield 5
    finally:
        print("  finally 1")

for stop_at in range(1, 7):
    print("close after", stop_at, "values")
    g = nested()
    for i in range(stop_at):
        v = next(g, "<exhausted>")
        print("  got", v)
    g.close()
    print("  closed; rest =", list(g))

for stop_at in range(1, 6):
    print("throw KeyError after", stop_at, "values")
    g = nested()
    for i in range(stop_at):
        print("  got", next(g))
    try:
        print("  throw ->", g.throw(KeyError(stop_at)))
        print("  rest =", list(g))
    except KeyError as e:
        print("  KeyError escaped:", e)
