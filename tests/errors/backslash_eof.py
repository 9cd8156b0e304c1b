# A backslash continuation on the last line, with nothing after it.
x = 1
\
