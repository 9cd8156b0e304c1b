# Row 10: the tutorial's log filter over a big file: a generator pipeline
# that must run in flat memory, one 8 KiB chunk and one line at a time.
# bench/run.sh makes a 100 MB log (BENCH_LOG_MB) and runs `error_lines.py
# LOG PASSES`, the filter PASSES times over it; an item is one line.
import sys


def read_lines(path):
    with open(path) as f:
        for line in f:
            yield line


def error_lines(lines):
    for line in lines:
        if "ERROR" in line:
            yield line


def slow(lines):
    for line in lines:
        if int(line.split()[-2]) > 900:
            yield line


path = sys.argv[1]
passes = int(sys.argv[2]) if len(sys.argv) > 2 else 1
n = 0
for _ in range(passes):
    for line in slow(error_lines(read_lines(path))):
        n += 1
print(n)
