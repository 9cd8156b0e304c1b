# tree_walk.py: a recursive generator that walks a tree of nested tuples
# (label, children...) depth first; `yield from` passes the items of each
# subtree's walk up through every level of the recursion.

TREE = ("root",
        ("src",
         ("main.c",),
         ("util.c",),
         ("include", ("util.h",))),
        ("tests", ("run.sh",)),
        ("README",))

def walk(node, depth):
    yield depth, node[0]
    for child in node[1:]:
        yield from walk(child, depth + 1)

def leaves(node):
    if len(node) == 1:
        yield node[0]
    for child in node[1:]:
        yield from leaves(child)

for depth, label in walk(TREE, 0):
    print("    " * depth + label)
print("leaves:", list(leaves(TREE)))
