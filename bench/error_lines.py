# The tutorial's log filter over a big file (bench/run.sh makes a 1 GB log
# and passes its name): a generator pipeline that must run in flat memory,
# one 8 KiB chunk and one line at a time.
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
n = 0
for line in slow(error_lines(read_lines(path))):
    n += 1
print(n)
