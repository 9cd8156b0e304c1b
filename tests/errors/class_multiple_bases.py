class E(ValueError, KeyError):
    pass
