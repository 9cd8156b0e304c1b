class E(Exception):
    pass


e = E()
for e.x in [1]:
    pass
