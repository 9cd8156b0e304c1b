class E(Exception, metaclass=M):
    pass
