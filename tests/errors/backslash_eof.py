# A backslash continuation on the last line, with nothing after it
# (difftest finding).
x = 1
\
