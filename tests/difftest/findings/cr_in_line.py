# Finding (issue 13, fuzz `known cr_line_ends`; output differs): a lone CR inside a file with LF line ends ends the line for CPython; yieldc reads on (here: in the comment).
#   CPython: 2 / 1
#   yieldc:  1
# (The file below has a CR byte after "# a"; a file of CR-only line ends now works.)
x = 1
# aprint(2)
print(x)
