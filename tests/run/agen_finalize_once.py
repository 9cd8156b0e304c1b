# An async generator's finaliser runs once.  Abandoned after `break`, it is
# closed by the event loop (aclose as a task); here its finally block
# swallows GeneratorExit with `continue` and it yields again, so aclose
# fails ("async generator ignored GeneratorExit") and the generator stays
# suspended.  When it is released after that, its finally does not run
# again.  The same holds for a generator whose close at release is ignored.
import asyncio

async def stubborn(tag):
    for i in range(3):
        try:
            print(tag, "yield", i)
            yield i
        finally:
            print(tag, "finally", i)
            continue

async def use(tag):
    async for x in stubborn(tag):
        print(tag, "got", x)
        break
    print(tag, "after break")

def sync_stubborn():
    for i in range(3):
        try:
            yield i
        finally:
            print("sync finally", i)
            continue

async def main():
    await use("a")
    await asyncio.sleep(0)
    print("main slept")
    await use("b")
    for _ in range(5):
        await asyncio.sleep(0)
    g = sync_stubborn()
    next(g)
    del g
    print("sync released")
    print("main done")

asyncio.run(main())
print("end")
