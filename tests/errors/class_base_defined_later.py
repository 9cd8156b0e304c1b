class E(F):
    pass


class F(Exception):
    pass
