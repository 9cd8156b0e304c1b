# A global statement naming a variable nothing else mentions: the C must
# still compile under -Wall -Werror.
def f():
    global x

def g():
    global y, z
    z = 2
    return z

f()
print("done", g())
