class E(__name__):
    pass
