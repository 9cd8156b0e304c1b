# Exact scheduling of new tasks: created tasks start in creation order at
# the next loop turn; a task created by a task starts after the tasks
# already scheduled; main keeps running until it awaits something.
import asyncio

async def child(name):
    print("child", name, "starts")
    await asyncio.sleep(0)
    print("child", name, "resumes")
    return name

async def spawner(name):
    print("spawner", name, "starts")
    t = asyncio.create_task(child(name + ".kid"))
    print("spawner", name, "created kid")
    await asyncio.sleep(0)
    print("spawner", name, "resumes")
    r = await t
    print("spawner", name, "got", r)
    return r

async def main():
    t1 = asyncio.create_task(spawner("s1"))
    t2 = asyncio.create_task(child("c2"))
    t3 = asyncio.create_task(spawner("s3"))
    print("main: three created")
    x = 0
    for i in range(1000):
        x += i
    print("main still running", x)
    await asyncio.sleep(0)
    print("main back after one hop")
    print(await t1, await t2, await t3)
    print("main done")

asyncio.run(main())
print("after run")
