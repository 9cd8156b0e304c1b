class E(Exception):
    pass


e = E()
e.x += 1
