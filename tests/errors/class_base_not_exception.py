class E(int):
    pass
