# steps.py: a module that counter.py imports, so that the sample build
# projects (samples/build) compile a program of two files: yieldc compiles
# both into counter.c, and its depfile names both, so editing this file
# rebuilds the app too.

def summary(limit, steps):
    """What count_up_to returns when it is done."""
    return "counted to " + str(limit) + " in " + str(steps) + " steps"
