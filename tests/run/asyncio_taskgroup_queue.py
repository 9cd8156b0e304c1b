# An asyncio producer/consumer pipeline on Queue under a TaskGroup: two
# producers feed a bounded queue, three workers drain it, a collector
# gathers the results from a second queue; join() waits for the work.
import asyncio


async def produce(name, queue, items):
    for item in items:
        await queue.put((name, item))
        print(f"{name} put {item} (size {queue.qsize()}, full {queue.full()})")
    print(f"{name} done")


async def work(wid, jobs, results):
    while True:
        name, item = await jobs.get()
        try:
            if item is None:
                print(f"worker {wid} stops")
                return
            for _ in range(item % 3):
                await asyncio.sleep(0)
            await results.put((wid, name, item * item))
        finally:
            jobs.task_done()


async def collect(results, expected):
    total = []
    while len(total) < expected:
        wid, name, value = await results.get()
        total.append((name, value))
        results.task_done()
    return sorted(total)


async def main():
    jobs = asyncio.Queue(maxsize=3)
    results = asyncio.Queue()
    print("maxsize", jobs.maxsize, "empty", jobs.empty())
    async with asyncio.TaskGroup() as tg:
        collector = tg.create_task(collect(results, 8))
        for wid in range(3):
            tg.create_task(work(wid, jobs, results))
        p1 = tg.create_task(produce("a", jobs, [1, 2, 3, 4]))
        p2 = tg.create_task(produce("b", jobs, [5, 6, 7, 8]))
        await p1
        await p2
        await jobs.join()
        print("all jobs done, unfinished results:", results.qsize())
        for _ in range(3):
            await jobs.put(("stop", None))
    print("collected", collector.result())
    print("jobs empty", jobs.empty(), "results empty", results.empty())


asyncio.run(main())
