from collections import deque


class History(deque):
    pass
