import collections


class Queue(collections.deque):
    pass
