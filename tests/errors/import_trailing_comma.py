# A trailing comma after the names of a from-import needs parentheses (make fuzz
# found yieldc accepting it).
from itertools import count, chain,
