# A yield inside an except handler.

def gen():
    try:
        print("  try: raising")
        raise ValueError("original")
    except ValueError as e:
        print("  except: before yield, e =", e)
        x = yield "except-yield"
        print("  except: got", x, "and e is still", repr(e))
    finally:
        print("  finally")
    yield "after"

def show(label, action):
    print(label)
    g = gen()
    print("  next ->", next(g))
    try:
        if action == "send":
            print("  send ->", g.send("S"))
        elif action == "close":
            print("  close ->", g.close())
        elif action == "throw":
            print("  throw ->", g.throw(KeyError("thrown")))
        elif action == "throw-same-type":
            print("  throw ->", g.throw(ValueError("second")))
    except Exception as e:
        print("  raised", type(e).__name__, e)
        ctx = e.__context__
        print("  context:", repr(ctx))
    print("  rest:", list(g))

show("resume in except", "send")
show("close in except", "close")
show("throw in except", "throw")
show("throw same type in except (handler does not catch its own body)", "throw-same-type")

# A handler that yields in a loop and catches what is thrown at the yield.
def guarded():
    for i in range(3):
        try:
            raise IndexError(i)
        except IndexError as e:
            try:
                yield "handling " + str(e)
            except KeyError as k:
                print("  nested handler caught", repr(k), "while handling", e)

g = guarded()
print(next(g))
print(g.throw(KeyError("a")))
print(next(g))
print(next(g, "done"))
