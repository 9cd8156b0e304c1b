# Event loop objects: new_event_loop, set_event_loop, get_event_loop,
# run_until_complete, call_soon/call_later/call_at and their handles'
# cancel, time(), create_task, create_future, get_running_loop, close.
import asyncio


def cb(*args):
    print("callback", *args)


async def compute(x):
    await asyncio.sleep(0)
    print("compute", x)
    return x * 2


async def uses_running_loop():
    loop = asyncio.get_running_loop()
    print("same loop:", loop is asyncio.get_running_loop(), loop is asyncio.get_event_loop())
    print("running:", loop.is_running())
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "from call_soon")
    print(await fut)
    h = loop.call_later(0.001, cb, "later")
    h2 = loop.call_later(0.001, cb, "cancelled one")
    h2.cancel()
    print("cancelled:", h.cancelled(), h2.cancelled())
    await asyncio.sleep(0.01)
    t0 = loop.time()
    await asyncio.sleep(0.002)
    print("time advances:", loop.time() > t0)
    loop.call_at(loop.time() + 0.001, cb, "at")
    await asyncio.sleep(0.01)
    t = loop.create_task(compute(21))
    print("task result:", await t)
    return "main done"


try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print("get_event_loop is it:", asyncio.get_event_loop() is loop)
print("closed:", loop.is_closed(), "running:", loop.is_running())
handles = [loop.call_soon(cb, i) for i in range(3)]
handles[1].cancel()
print(loop.run_until_complete(compute(5)))
print(loop.run_until_complete(uses_running_loop()))
task = loop.create_task(compute(1))
fut = loop.create_future()
loop.call_soon(fut.set_result, 99)
print(loop.run_until_complete(fut))
print(loop.run_until_complete(task), task.done())


async def fails():
    await asyncio.sleep(0)
    raise KeyError("oops")

try:
    loop.run_until_complete(fails())
except KeyError as e:
    print("KeyError", e)

loop.close()
loop.close()
print("closed:", loop.is_closed())
coro = compute(0)
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    coro.close()
    print("RuntimeError:", e)
try:
    loop.call_soon(cb, "x")
except RuntimeError as e:
    print("RuntimeError:", e)
asyncio.set_event_loop(None)

# asyncio.run makes its own loop.
print(asyncio.run(compute(3)))
loop2 = asyncio.new_event_loop()
print(loop2 is not loop, loop2.run_until_complete(compute(4)))
loop2.close()

# asyncio.run sets the event loop to its own, then to None.
loop3 = asyncio.new_event_loop()
asyncio.set_event_loop(loop3)
print(asyncio.get_event_loop() is loop3)
print(asyncio.run(compute(6)))
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("after asyncio.run:", e)
asyncio.set_event_loop(loop3)
print(asyncio.get_event_loop() is loop3)
loop3.close()
