# A yield inside a finally clause, reached in different ways.

def gen(mode):
    try:
        if mode == "raise":
            raise ValueError("from body")
        if mode == "return":
            return "returned"
        x = yield "body"
        print("  body got", x)
    finally:
        print("  finally: before yield")
        y = yield "finally-yield"
        print("  finally: got", y)
    yield "after"
    return "end"

def drive(label, mode, actions):
    print(label)
    g = gen(mode)
    for a in actions:
        try:
            if a == "next":
                print("  next ->", next(g))
            elif a == "close":
                print("  close ->", g.close())
            elif a == "throw":
                print("  throw ->", g.throw(KeyError("thrown")))
        except StopIteration as e:
            print("  StopIteration", repr(e.value))
        except Exception as e:
            print("  raised", type(e).__name__, e)
        except GeneratorExit:
            print("  raised GeneratorExit")

drive("normal flow", "normal", ["next", "next", "next", "next"])
drive("exception pending during finally", "raise", ["next", "next", "next"])
drive("return pending during finally", "return", ["next", "next", "next"])
drive("close in body, finally yields", "normal", ["next", "close", "next", "next"])
drive("close while in finally", "normal", ["next", "next", "close", "next"])
drive("throw while in finally", "normal", ["next", "next", "throw", "next"])
drive("throw in body, finally yields", "normal", ["next", "throw", "next", "next"])
drive("close before start", "normal", ["close", "next"])
