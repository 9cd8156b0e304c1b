import asyncio

async def setter(fut, v, delay):
    await asyncio.sleep(delay)
    print("setting", v)
    fut.set_result(v)

async def failer(fut):
    await asyncio.sleep(0)
    fut.set_exception(ValueError("nope"))

def cb(f):
    print("callback:", f.done(), f.result())

async def main():
    fut = asyncio.Future()
    print(type(fut).__name__, fut.done(), fut.cancelled())
    fut.add_done_callback(cb)
    asyncio.create_task(setter(fut, 42, 0.01))
    print("awaited", await fut)
    print(fut.done(), fut.result(), fut.exception())
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", type(e).__name__)
    f2 = asyncio.Future()
    asyncio.create_task(failer(f2))
    try:
        await f2
    except ValueError as e:
        print("await f2:", repr(e), repr(f2.exception()))
    f3 = asyncio.Future()
    f3.set_exception(KeyError)
    print(repr(f3.exception()))
    try:
        f3.set_exception(StopIteration())
    except Exception as e:
        print(type(e).__name__)
    f4 = asyncio.Future()
    print(f4.cancel(), f4.cancelled(), f4.done(), f4.cancel())
    try:
        f4.result()
    except asyncio.CancelledError:
        print("f4 result: CancelledError")
    try:
        asyncio.Future().result()
    except asyncio.InvalidStateError as e:
        print(e)
    # a task waiting on a future, cancelled: the future is cancelled too
    f5 = asyncio.Future()
    async def wait_it():
        try:
            await f5
        except asyncio.CancelledError:
            print("wait_it cancelled; f5 cancelled:", f5.cancelled())
            return "handled"
    t = asyncio.create_task(wait_it())
    await asyncio.sleep(0)
    t.cancel()
    print(await t)
    # current_task
    me = asyncio.current_task()
    print(me is asyncio.current_task(), me.done())
    async def who():
        # id(), not the task itself: a task whose result is the task is a
        # reference cycle, which yieldc does not collect (README)
        return id(asyncio.current_task())
    t2 = asyncio.create_task(who())
    print((await t2) == id(t2), t2 is not me)

print("before run")
asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print("outside:", e)
