import itertools.chain
