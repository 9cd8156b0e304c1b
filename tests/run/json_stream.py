# json.dump and json.load on StringIO streams; a streaming encoder
# (iterencode) consumed chunk by chunk; a partial dump that fails midway.
import io
import json

data = {"users": [{"name": "ann", "roles": ["admin", "dev"]}, {"name": "bob", "roles": []}],
        "count": 2, "ratio": 0.5, "ok": True, "none": None}
out = io.StringIO()
json.dump(data, out, indent=2, sort_keys=True)
text = out.getvalue()
print(text)
out.seek(0)
print(json.load(out) == data)
out = io.StringIO()
json.dump(data, out, separators=(",", ":"))
print(out.getvalue())
out.seek(0)
print(json.load(out, object_pairs_hook=lambda pairs: [k for k, v in pairs]))

chunks = list(json.JSONEncoder(sort_keys=True).iterencode({"b": [1, {"c": 2}], "a": "x"}))
print(len(chunks), "".join(chunks))

broken = io.StringIO()
try:
    json.dump({"fine": [1, 2], "bad": {1, 2}, "never": 3}, broken)
except TypeError as e:
    print("TypeError:", e)
print(repr(broken.getvalue()))


def json_lines(stream):
    for line in stream:
        if line.strip():
            yield json.loads(line)


log = io.StringIO('{"level": "info", "n": 1}\n\n{"level": "error", "n": 2}\n{"level": "info", "n": 3}\n')
errors = [rec["n"] for rec in json_lines(log) if rec["level"] == "error"]
print(errors, log.tell(), log.read() == "")
