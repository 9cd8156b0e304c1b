# Uncaught ValueError from a generator that resumes itself.

def loop():
    yield 1
    for x in it:
        yield x

it = loop()
for v in it:
    print(v)
print("not reached")
