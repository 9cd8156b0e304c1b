# A binary search tree class whose __iter__ walks it with yield from.
class Node:
    def __init__(self, key, left=None, right=None):
        self.key = key
        self.left = left
        self.right = right

    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.key
        if self.right:
            yield from self.right

    def __repr__(self):
        return f"Node({self.key!r})"


class Tree:
    def __init__(self, items=()):
        self.root = None
        self.size = 0
        for x in items:
            self.add(x)

    def add(self, key):
        self.size += 1
        if self.root is None:
            self.root = Node(key)
            return
        node = self.root
        while True:
            if key < node.key:
                if node.left is None:
                    node.left = Node(key)
                    return
                node = node.left
            else:
                if node.right is None:
                    node.right = Node(key)
                    return
                node = node.right

    def __iter__(self):
        if self.root:
            yield from self.root

    def __len__(self):
        return self.size

    def __contains__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False

    def depth_first(self):
        stack = [self.root] if self.root else []
        while stack:
            node = stack.pop()
            yield node
            for kid in (node.right, node.left):
                if kid:
                    stack.append(kid)


t = Tree([50, 30, 70, 20, 40, 60, 80, 35])
print(list(t), len(t), 35 in t, 36 in t, bool(Tree()))
print([n.key for n in t.depth_first()])
print(t.root, t.root.left.right)
words = Tree("the quick brown fox jumps over the lazy dog".split())
print(" ".join(words))
