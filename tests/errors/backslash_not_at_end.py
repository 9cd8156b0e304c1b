x = 1 \ # a comment after the backslash
print(x)
