# An uncaught re.error: CPython names its class with its module on the last
# line of the traceback ("re.error: ..."), with the position, line and
# column of a pattern that spans lines.
import re


def words(text):
    for w in re.split(r"\s+", text):
        yield w


print(list(words("a regular  expression")))
re.compile("(?P<word>\\w+)\n  (?P<word>\\d)")
print("not reached")
