# -Wunreachable-code (on by default): the first statement after a return,
# raise, break or continue of the same block, once per block.

def after_return(x):
    return x
    print("dead")  # warned here
    print("dead too")  # not again


def after_raise():
    raise ValueError("no")
    x = 1


def in_loops(items):
    for i in items:
        if i:
            break
            print("after break")
        else:
            continue
            print("after continue")
    while True:
        try:
            return 1
            i = 2
        except ValueError:
            raise
            pass
        finally:
            print("finally is reachable")


def nested_once(x):
    return x
    if x:  # one warning for the whole dead region...
        return 1
        print("...not one more here")


def dead_def():
    return 0

    def inner():  # the dead def is reported, its body is not looked at
        return 1
        print("not reported")


def empty_generator():
    return
    yield  # the idiom that makes a generator: not warned


def not_dead(x):
    if x:
        return 1
    else:
        return 2
    print("only direct jumps count: if/else both returning is not followed")


for n in range(3):
    continue
    print("at module level too")
