from itertools import *
