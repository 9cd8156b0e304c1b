# Generator-based coroutines (types.coroutine) under asyncio: a bare yield
# lets the other tasks run, and `yield from` an asyncio coroutine waits for
# it, as in code written before async def.
import asyncio
import types


@types.coroutine
def pause():
    yield


@types.coroutine
def legacy_wait(label, log):
    log.append(label + " waits")
    yield from asyncio.sleep(0)
    log.append(label + " resumed")
    return label.upper()


async def job(label, log):
    for i in range(2):
        log.append("%s step %d" % (label, i))
        await pause()
    return await legacy_wait(label, log)


async def main():
    log = []
    t = asyncio.create_task(job("b", log))
    first = await job("a", log)
    second = await t
    print(first, second)
    for line in log:
        print(line)


asyncio.run(main())
