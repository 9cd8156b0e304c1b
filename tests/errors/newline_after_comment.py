def f(x):
    return x if x else  # the else has no operand on this line
        0
