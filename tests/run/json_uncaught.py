# An uncaught JSONDecodeError: the traceback's last line names the class as
# CPython does (json.decoder.JSONDecodeError).
import json

print(json.loads('{"ok": [1, 2]}'))
config = '{\n  "name": "demo",\n  "retries": 3,\n}\n'
print(json.loads(config))
