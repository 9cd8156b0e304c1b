def f():
    # nothing yet

x = 1
