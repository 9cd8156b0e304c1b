# A thrown exception the generator does not catch, uncaught in the caller too.

class ProtocolError(Exception):
    pass

def worker():
    try:
        while True:
            yield "tick"
    finally:
        print("worker cleanup")

w = worker()
print(next(w))
print(next(w))
w.throw(ProtocolError("lost connection to peer"))
print("not reached")
