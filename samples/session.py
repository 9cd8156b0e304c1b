# session.py: a generator that keeps a session open across its yields.  The
# caller sends requests in, throws an error in and finally closes it; the
# try/except/finally blocks decide where each resumption goes.  The README's
# state diagram and page screenshot are made from this file (docs/images.sh).

def session(name):
    print("open", name)
    handled = 0
    try:
        while True:
            try:
                request = yield "ready"
                if request is None:
                    break
                handled += 1
                print(name, "handles", request)
            except ValueError as err:
                yield "rejected: " + str(err)
    finally:
        print("close", name, "after", handled, "requests")
    return handled


db = session("db")
print(next(db))
print(db.send("SELECT 1"))
print(db.throw(ValueError("bad query")))
print(next(db))
try:
    db.send(None)
except StopIteration as stop:
    print("returned", stop.value)

cache = session("cache")
next(cache)
cache.close()
print("cache closed")
