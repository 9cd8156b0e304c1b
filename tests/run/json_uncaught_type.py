# An uncaught TypeError from json.dumps of an object it cannot encode.
import json


def records():
    yield {"n": 1}
    yield {"n": 2, "when": {1, 2}}


for r in records():
    print(json.dumps(r))
