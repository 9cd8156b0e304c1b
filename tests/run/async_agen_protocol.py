# An async generator used as a coroutine-style service: asend feeds it
# commands, athrow resets it, aclose shuts it down, and its finally
# reports what it handled; every step prints.
import asyncio

class E(Exception):
    pass

class Reset(E):
    pass

async def service():
    handled = []
    state = 0
    reply = "ready"
    try:
        while True:
            try:
                cmd = yield reply
            except Reset as e:
                print("  reset requested:", e)
                state = 0
                reply = "reset"
                continue
            await asyncio.sleep(0)
            handled.append(cmd)
            if cmd == "inc":
                state += 1
            elif cmd == "double":
                state *= 2
            elif cmd == "fail":
                raise E("cannot handle fail")
            reply = "state " + str(state)
    finally:
        print("  service handled", handled)

async def main():
    s = service()
    print(await s.asend(None))
    for c in ["inc", "inc", "double"]:
        print(c, "->", await s.asend(c))
    print("reset ->", await s.athrow(Reset("by client")))
    print("inc ->", await s.asend("inc"))
    await s.aclose()
    print("closed")
    s2 = service()
    print(await s2.__anext__())
    try:
        await s2.asend("fail")
    except E as e:
        print("service died:", e)

asyncio.run(main())
