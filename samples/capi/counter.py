# counter.py: generators that a C program drives through the C API that
# `yieldc --header` declares (see main.c beside this file).  It imports
# steps.py, which yieldc compiles into the same C file.
from steps import summary

def count_up_to(limit):
    """Counts 1..limit; a value sent in jumps there; returns a summary."""
    n = 1
    steps = 0
    while n <= limit:
        jump = yield n
        steps += 1
        n = jump if jump is not None else n + 1
    return summary(limit, steps)


def accumulate():
    """A running total of what is sent in; ValueError resets it."""
    total = 0
    try:
        while True:
            try:
                x = yield total
                total += x
            except ValueError as e:
                print("accumulate: reset by", e)
                total = 0
    finally:
        print("accumulate: closed at", total)
