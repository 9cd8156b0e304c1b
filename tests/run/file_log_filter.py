# The tutorial's log filter: a pipeline of generators over a log file,
# read lazily line by line (David Beazley's "Generator Tricks" style).
path = "/tmp/yieldc-log-filter-%x.log" % id(object())

levels = ["INFO", "DEBUG", "WARNING", "ERROR"]
with open(path, "w") as log:
    for i in range(2000):
        level = levels[(i * 7) % 4 if i % 13 else 3]
        log.write("2024-01-%02d 12:%02d:%02d %s worker-%d request %d took %d ms\n"
                  % (i % 28 + 1, i % 60, (i * 17) % 60, level, i % 5, i, (i * 37) % 1000))


def read_lines(p):
    with open(p) as f:
        for line in f:
            yield line.rstrip("\n")


def grep(pattern, lines):
    for line in lines:
        if pattern in line:
            yield line


def fields(lines):
    for line in lines:
        date, time, level, worker, _, req, _, ms, _ = line.split()
        yield {"date": date, "level": level, "worker": worker, "request": int(req), "ms": int(ms)}


def error_lines(p):
    yield from grep(" ERROR ", read_lines(p))


errors = fields(error_lines(path))
first = next(errors)
print("first error:", first)
slow = [e["request"] for e in errors if e["ms"] > 900]
print(len(slow), "slow errors:", slow[:10])

by_worker = {}
for rec in fields(read_lines(path)):
    by_worker.setdefault(rec["worker"], []).append(rec["ms"])
for worker in sorted(by_worker):
    ms = by_worker[worker]
    print(worker, len(ms), sum(ms) // len(ms), max(ms))

# a generator expression pipeline, stopped early: the file is closed when
# the generator is
lines = (l for l in read_lines(path) if "WARNING" in l)
print([l.split()[-3] for _, l in zip(range(3), lines)])
lines.close()

# the total of a column without ever holding the file
print(sum(int(l.split()[-2]) for l in read_lines(path)))

# the filtered lines written to another file, and read back
out_path = path + ".errors"
with open(out_path, "w") as out:
    for line in error_lines(path):
        print(line, file=out)
with open(out_path) as f:
    print(sum(1 for _ in f), "lines copied")
