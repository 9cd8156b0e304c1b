G = 0

def f():
    global G
    G: int = 1
