# resource.py: a generator that holds a "resource" inside try/finally. The
# consumer stops early; closing the generator raises GeneratorExit at the
# paused yield, so the finally block releases the resource right away.

def numbered_lines(name, lines):
    print("open", name)
    try:
        for number, line in enumerate(lines):
            yield str(number + 1) + ": " + line
    finally:
        print("release", name)

reader = numbered_lines("notes.txt", ["first", "second", "third", "fourth"])
for entry in reader:
    print(entry)
    if entry.endswith("second"):
        print("seen enough, closing early")
        reader.close()
print("after the loop")

print("the same, run to the end:")
for entry in numbered_lines("short.txt", ["only line"]):
    print(entry)
