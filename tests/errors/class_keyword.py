class E(Exception, flag=True):
    pass
