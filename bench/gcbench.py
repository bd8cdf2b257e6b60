"""gcbench: Boehm's GC benchmark shape -- a long-lived tree and array stay
alive while many complete binary trees of several depths are built top-down
(allocate then fill in) and bottom-up, then dropped; allocation and the
collector under a growing live heap."""
import sys

DEFAULT = 17


class Node:
    __slots__ = ("left", "right", "value")

    def __init__(self, left=None, right=None):
        self.left = left
        self.right = right
        self.value = 0


def tree_size(depth):
    return (1 << (depth + 1)) - 1


def populate(depth, node):
    """Top-down: the node exists before its children."""
    if depth > 0:
        depth -= 1
        node.left = Node()
        node.right = Node()
        node.left.value = node.value * 2
        node.right.value = node.value * 2 + 1
        populate(depth, node.left)
        populate(depth, node.right)


def make_tree(depth):
    """Bottom-up: the children exist before the node."""
    if depth <= 0:
        return Node()
    return Node(make_tree(depth - 1), make_tree(depth - 1))


def count(node):
    n = 0
    stack = [node]
    while stack:
        t = stack.pop()
        n += 1
        if t.left is not None:
            stack.append(t.left)
            stack.append(t.right)
    return n


def main(max_depth):
    min_depth = 4
    long_lived_depth = max_depth - 2
    total = count(make_tree(max_depth))  # stretch the heap once
    long_lived = Node()
    populate(long_lived_depth, long_lived)
    array = [float(i) / 2 for i in range(1 << (max_depth - 2))]
    for depth in range(min_depth, max_depth + 1, 2):
        iterations = 2 * tree_size(max_depth) // tree_size(depth) // 4
        built = 0
        for _ in range(iterations):
            t = Node()
            populate(depth, t)
            built += count(t)
            built += count(make_tree(depth))
        total = (total * 31 + built) % 1000000007
    if count(long_lived) != tree_size(long_lived_depth) or array[1000 % len(array)] != (1000 % len(array)) / 2:
        raise RuntimeError("long-lived data damaged")
    return "gcbench %d: %d" % (max_depth, total)


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
