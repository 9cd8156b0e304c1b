class E(Missing):
    pass
