# A generator pipeline: records are produced, filtered and serialized as JSON
# lines into a StringIO; the lines are read back through another pipeline,
# parsed and summarised; a malformed line is reported with its position.
import io
import json
import types


def readings(n):
    """Sensor readings, some of them faulty."""
    for i in range(n):
        sensor = "s%d" % (i % 3)
        value = (i * 37 % 101) / 4
        if i % 7 == 6:
            value = None
        yield {"seq": i, "sensor": sensor, "value": value, "tags": ["raw"] if i % 2 else []}


def valid(records):
    for r in records:
        if r["value"] is not None:
            yield r


def annotate(records):
    for r in records:
        r = dict(r)
        r["ok"] = r["value"] < 20
        yield r


def write_lines(records, out):
    count = 0
    for r in records:
        out.write(json.dumps(r, sort_keys=True))
        out.write("\n")
        count += 1
    return count


def parse_lines(stream):
    for lineno, line in enumerate(stream, 1):
        line = line.strip()
        if not line:
            continue
        try:
            yield json.loads(line)
        except json.JSONDecodeError as e:
            print("line %d: %s (column %d)" % (lineno, e.msg, e.colno))


def by_sensor(records):
    totals = {}
    for r in records:
        t = totals.setdefault(r["sensor"], {"n": 0, "sum": 0.0, "bad": 0})
        t["n"] += 1
        t["sum"] += r["value"]
        if not r["ok"]:
            t["bad"] += 1
    return totals


buf = io.StringIO()
written = write_lines(annotate(valid(readings(20))), buf)
print("written", written, "chars", len(buf.getvalue()), "pos", buf.tell())
buf.write('{"seq": 99, "sensor": "s1", "value": 1.5, "ok": true,}\n')
buf.write("\n")
buf.seek(0)
first = buf.readline()
print("first", first, end="")
buf.seek(0)
pipeline = parse_lines(buf)
print(isinstance(pipeline, types.GeneratorType))
summary = by_sensor(pipeline)
print(json.dumps(summary, indent=2, sort_keys=True))
buf.close()
print(buf.closed)

report = io.StringIO()
for name, t in sorted(summary.items()):
    print("%s: mean %.2f over %d" % (name, t["sum"] / t["n"], t["n"]), file=report)
print(report.getvalue(), end="")
print(json.loads(json.dumps(summary)) == summary)
