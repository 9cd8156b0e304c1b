# A yield inside the else clause of try.

class Special(Exception):
    pass

def gen():
    try:
        print("  try: no error")
        v = 1
    except Special:
        print("  except Special (only for the try body)")
    else:
        print("  else: before yield")
        x = yield "else-yield"
        print("  else: got", x)
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
            print("  throw ->", g.throw(Special("in else")))
    except Exception as e:
        print("  raised", type(e).__name__, e)
    print("  rest:", list(g))

show("resume in else", "send")
show("close in else", "close")
show("throw in else: the except clause does not see it", "throw")
