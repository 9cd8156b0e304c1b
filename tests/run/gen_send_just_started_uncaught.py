# Uncaught: sending a value into a just-started generator.

def numbers():
    yield 1
    yield 2

g = numbers()
print("about to send")
g.send("too early")
print("not reached")
