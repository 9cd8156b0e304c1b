# Lock, Event, Semaphore and BoundedSemaphore: who gets woken in which
# order, async with, cancellation of a waiter, and the errors.
import asyncio

log = []


async def locker(name, lock, steps):
    async with lock:
        print(name, "has the lock", lock.locked())
        for _ in range(steps):
            await asyncio.sleep(0)
        print(name, "releases")


async def lock_demo():
    lock = asyncio.Lock()
    print("locked at start:", lock.locked())
    await asyncio.gather(locker("a", lock, 2), locker("b", lock, 0), locker("c", lock, 1))
    print("locked at end:", lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("acquire:", await lock.acquire())
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    waiter.cancel()
    try:
        await waiter
    except asyncio.CancelledError:
        print("waiter cancelled")
    lock.release()
    print("after release:", lock.locked())


async def event_waiter(name, ev):
    print(name, "waits")
    r = await ev.wait()
    print(name, "woken with", r)


async def event_demo():
    ev = asyncio.Event()
    print("is_set:", ev.is_set())
    tasks = [asyncio.create_task(event_waiter(n, ev)) for n in ("x", "y", "z")]
    await asyncio.sleep(0)
    print("setting")
    ev.set()
    ev.set()
    await asyncio.gather(*tasks)
    print("wait when set:", await ev.wait())
    ev.clear()
    print("cleared:", ev.is_set())
    t = asyncio.create_task(event_waiter("w", ev))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("event waiter cancelled")


async def sem_worker(name, sem, active):
    async with sem:
        active.append(name)
        print(name, "in, active:", active, "locked:", sem.locked())
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        active.remove(name)
        print(name, "out")


async def sem_demo():
    sem = asyncio.Semaphore(2)
    active = []
    await asyncio.gather(*[sem_worker(f"s{i}", sem, active) for i in range(5)])
    print("locked:", sem.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    s0 = asyncio.Semaphore(0)
    print("zero locked:", s0.locked())
    s0.release()
    print("released, locked:", s0.locked(), await s0.acquire())
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    print(isinstance(b, asyncio.Semaphore))


async def main():
    await lock_demo()
    await event_demo()
    await sem_demo()


asyncio.run(main())
