# A log-analysis pipeline of generators around re (issue 11): lines are
# parsed by a compiled pattern with named groups, filtered, anonymised with
# sub (a function and a template), their key=value fields pulled out with
# finditer, and summarised; a grep generator and a tokenizer built on a
# VERBOSE pattern with lastgroup.
import re

LOG = """\
2024-03-01 09:15:02 INFO  [web-1] GET /index.html status=200 bytes=5123 ip=10.0.0.12 time=0.031
2024-03-01 09:15:07 WARN  [web-2] GET /api/users?id=42 status=404 bytes=0 ip=192.168.1.7 time=0.002
2024-03-01 09:16:11 ERROR [db-1] query failed: timeout after 30s (user=alice) ip=10.0.0.5
2024-03-01 09:16:12 INFO  [web-1] POST /api/login status=200 bytes=87 ip=10.0.0.12 time=0.210
  continuation of a stack trace line
2024-03-01 09:17:45 ERROR [web-2] GET /api/orders status=500 bytes=312 ip=172.16.0.3 time=1.502
malformed line without a timestamp
2024-03-01 09:18:00 DEBUG [cache] evicted 128 keys in 4ms
2024-03-02 00:00:01 INFO  [web-1] GET /über/straße status=200 bytes=2048 ip=10.0.0.99 time=0.045
2024-03-02 00:01:30 ERROR [db-1] deadlock detected (user=bob) ip=10.0.0.5
"""

LINE = re.compile(r"""
    ^(?P<date>\d{4}-\d{2}-\d{2})\s
    (?P<time>\d{2}:\d{2}:\d{2})\s+
    (?P<level>DEBUG|INFO|WARN|ERROR)\s+
    \[(?P<source>[\w-]+)\]\s
    (?P<message>.*)$
""", re.VERBOSE)
FIELD = re.compile(r"(?P<key>\w+)=(?P<value>[^\s)]+)")
IP = re.compile(r"\b(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}\b")


def read_lines(text):
    for line in text.splitlines():
        yield line


def parse(lines):
    for n, line in enumerate(lines, 1):
        m = LINE.match(line)
        if m is None:
            print(f"  skip line {n}: {line.strip()[:30]!r}")
            continue
        yield n, m


def with_fields(records):
    for n, m in records:
        fields = {f["key"]: f["value"] for f in FIELD.finditer(m["message"])}
        yield n, m, fields


def anonymise(ip_match):
    return ip_match.group(1) + "." + ip_match.group(2) + ".x.x"


def levels(records, wanted):
    for rec in records:
        if rec[1]["level"] in wanted:
            yield rec


def grep(pattern, lines, flags=0):
    rx = re.compile(pattern, flags)
    for line in lines:
        if rx.search(line):
            yield line


print("== parse")
stats = {}
slow = []
for n, m, fields in with_fields(parse(read_lines(LOG))):
    level = m.group("level")
    stats[level] = stats.get(level, 0) + 1
    msg = IP.sub(anonymise, m["message"])
    msg = re.sub(r"status=(\d+)", r"HTTP \1", msg)
    print(f"{n:2} {m['date']} {level:<5} {m['source']:<6} {msg}")
    if float(fields.get("time", "0")) > 0.1:
        slow.append((m["source"], fields["time"], m.span("message")))
print(sorted(stats.items()))
print("slow:", slow)

print("== errors")
for n, m, fields in levels(with_fields(parse(read_lines(LOG))), {"ERROR", "WARN"}):
    user = re.search(r"\(user=(\w+)\)", m["message"])
    path = re.search(r"(GET|POST) (\S+)", m["message"])
    print(n, m["level"], user.group(1) if user else "-", path.groups() if path else None, fields.get("status"))

print("== grep")
for line in grep(r"db-\d\]|straße", read_lines(LOG), re.IGNORECASE):
    print("  ", re.split(r"\s+", line, maxsplit=3)[2:])

print("== urls")
paths = [m.group(1) for m in re.finditer(r"(?:GET|POST) (/[^\s?]*)", LOG)]
print(paths, [re.split("/", p)[1:] for p in paths[:2]])
print(sorted(set(re.findall(r"ip=([\d.]+)", LOG))))
by_hour = {}
for hour, minute in re.findall(r"^\S+ (\d\d):(\d\d)", LOG, re.MULTILINE):
    by_hour.setdefault(hour, []).append(minute)
print(by_hour)

print("== tokens")
TOKEN = re.compile(r"""
    (?P<NUMBER>\d+(?:\.\d+)?)
  | (?P<NAME>[^\W\d]\w*)
  | (?P<OP>[=<>!]=|[-+*/=<>()])
  | (?P<SPACE>\s+)
  | (?P<ERROR>.)
""", re.VERBOSE)


def tokens(text):
    for m in TOKEN.finditer(text):
        kind = m.lastgroup
        if kind == "SPACE":
            continue
        if kind == "ERROR":
            raise ValueError(f"bad character {m.group()!r} at {m.start()}")
        yield kind, m.group()


print(list(tokens("status >= 500 and time*1000 > 1.5")))
print(list(tokens("größe != 3")))
try:
    print(list(tokens("a = $5")))
except ValueError as e:
    print("ValueError:", e)
