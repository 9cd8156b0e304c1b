# A module that rebinds range: its loops call whatever range is bound to,
# not the builtin's counting loop (run/for_range_loop).


# A range shadowed by a global is not the builtin.
def shadowed():
    global range
    range = lambda n: ["shadow"] * n
    for v in range(2):
        print(v)
    del range


shadowed()
for v in range(2):
    print(v)
