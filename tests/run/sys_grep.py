# A grep over sys.stdin (sys_grep.in): generators over the lines of
# standard input, with sys.stdout.write and print interleaved, and
# print(file=sys.stderr).
import sys


def grep(pattern, lines):
    for n, line in enumerate(lines, 1):
        if pattern in line:
            yield n, line


def strip_comments(lines):
    for line in lines:
        if not line.lstrip().startswith("#"):
            yield line


first = sys.stdin.readline()
sys.stdout.write("header: " + first)
print("argv after the program:", sys.argv[1:])
matches = 0
for n, line in grep("gen", strip_comments(sys.stdin)):
    sys.stdout.write("%3d: " % n)
    print(line, end="")
    matches += 1
sys.stdout.flush()
print("matches:", matches, file=sys.stderr)
print(sys.stdin.readline() == "", repr(sys.stdin.read()))
print(sys.stdin.name, sys.stdout.name, sys.stderr.name, sys.stdin.mode, sys.stdout.mode)
print(sys.stdin.readable(), sys.stdin.writable(), sys.stdout.writable(), sys.stdout.fileno(), sys.stderr.fileno())
n = sys.stdout.write("last line without a newline")
print()
print(n)
sys.exit(matches)
