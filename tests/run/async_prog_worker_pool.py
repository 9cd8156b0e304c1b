# A rate-limited worker pool: three workers share one list of jobs (no
# queue: each pops the next job), each job takes a simulated time, a failing
# job is recorded, and gather collects each worker's report in order.
import asyncio

JOBS = [("a", 5), ("b", 1), ("c", 3), ("d", 0), ("e", 1), ("f", 2), ("g", 2)]

class E(Exception):
    pass

async def process(name, cost):
    if cost == 0:
        await asyncio.sleep(0)
        raise E("job " + name + " has no cost")
    await asyncio.sleep(0.05 * cost)
    return name * cost

async def worker(wid, jobs, log):
    done = []
    while jobs:
        name, cost = jobs.pop(0)
        log.append("w" + str(wid) + " starts " + name)
        try:
            result = await process(name, cost)
            done.append(result)
        except E as e:
            log.append("w" + str(wid) + " error: " + str(e))
        # rate limit: a short pause between jobs
        await asyncio.sleep(0)
    return (wid, done)

async def main():
    jobs = list(JOBS)
    log = []
    reports = await asyncio.gather(worker(1, jobs, log), worker(2, jobs, log), worker(3, jobs, log))
    for line in log:
        print(line)
    for wid, done in reports:
        print("worker", wid, done)
    print("jobs left", jobs)

asyncio.run(main())
