# CPython's itertools has batched only from 3.12; its _tee it has.
from itertools import count, _tee
