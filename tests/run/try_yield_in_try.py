# A yield inside the try body, then: run to the end, close, throw caught,
# throw uncaught.

def gen():
    print("  start")
    try:
        print("  try: before yield")
        x = yield "try-yield"
        print("  try: got", x)
    except ValueError as e:
        print("  except ValueError:", e)
    else:
        print("  else")
    finally:
        print("  finally")
    print("  after try statement")
    yield "last"

def show(label, action):
    print(label)
    g = gen()
    print("  next ->", next(g))
    try:
        if action == "send":
            print("  send ->", g.send("S"))
        elif action == "close":
            print("  close ->", g.close())
        elif action == "throw-caught":
            print("  throw ->", g.throw(ValueError("v")))
        elif action == "throw-uncaught":
            print("  throw ->", g.throw(KeyError("k")))
    except Exception as e:
        print("  raised", type(e).__name__, e)
    print("  rest:", list(g))

show("run to end", "send")
show("close in try", "close")
show("throw caught in try", "throw-caught")
show("throw uncaught in try", "throw-uncaught")
