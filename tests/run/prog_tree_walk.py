# Tree walks with yield from: in-order traversal of a binary tree made of
# nested tuples (left, value, right), and flattening nested lists.

def inorder(node):
    if node is None:
        return
    left, value, right = node
    yield from inorder(left)
    yield value
    yield from inorder(right)

def preorder(node):
    if node is not None:
        yield node[1]
        yield from preorder(node[0])
        yield from preorder(node[2])

def depth_first_with_depth(node, depth):
    if node is None:
        return 0
    yield (depth, node[1])
    a = yield from depth_first_with_depth(node[0], depth + 1)
    b = yield from depth_first_with_depth(node[2], depth + 1)
    return 1 + a + b

def insert(node, value):
    if node is None:
        return (None, value, None)
    left, v, right = node
    if value < v:
        return (insert(left, value), v, right)
    return (left, v, insert(right, value))

tree = None
for v in [50, 30, 70, 20, 40, 60, 80, 35, 65]:
    tree = insert(tree, v)

print(list(inorder(tree)))
print(list(preorder(tree)))
walker = depth_first_with_depth(tree, 0)
while True:
    try:
        d, v = next(walker)
        print("  " * d + str(v))
    except StopIteration as e:
        print("node count:", e.value)
        break

def flatten(items):
    for it in items:
        if isinstance(it, list):
            yield from flatten(it)
        else:
            yield it

nested = [1, [2, [3, [4, [5]]]], [], [[[]]], 6, [7, [8, 9]], "text", ["a", ["b"]]]
print(list(flatten(nested)))
print(sum(x for x in flatten([[1, 2], [3, [4, [5, 6]]]])))

def leaves_with_path(items, path):
    for i, it in enumerate(items):
        if isinstance(it, list):
            yield from leaves_with_path(it, path + [i])
        else:
            yield (path + [i], it)

for p, leaf in leaves_with_path([["x", ["y"]], "z"], []):
    print(p, leaf)

# A lazy search that stops early: only the needed part of the tree is walked.
def visit_logged(node):
    if node is None:
        return
    print("  visiting", node[1])
    yield from visit_logged(node[0])
    yield node[1]
    yield from visit_logged(node[2])

for v in visit_logged(tree):
    if v > 30:
        print("first value above 30:", v)
        break
