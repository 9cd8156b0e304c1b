# A user exception escapes from a task awaited by main: uncaught, exit 1.
import asyncio

class E(Exception):
    pass

class JobFailed(E):
    pass

async def job(n):
    await asyncio.sleep(0.01)
    print("job", n, "failing")
    raise JobFailed("job " + str(n) + " failed")

async def main():
    t = asyncio.create_task(job(7))
    print("task created")
    await t
    print("not reached")

asyncio.run(main())
