"""binary-trees: build and walk many complete binary trees made of tuples
(allocation and collection of short-lived objects), plus one long-lived tree."""
import sys

DEFAULT = 15


def make(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make(depth), make(depth))


def check(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check(left) + check(right)


def main(max_depth):
    min_depth = 4
    max_depth = max(min_depth + 2, max_depth)
    total = check(make(max_depth + 1))
    long_lived = make(max_depth)
    for depth in range(min_depth, max_depth + 1, 2):
        iterations = 1 << (max_depth - depth + min_depth)
        nodes = 0
        for _ in range(iterations):
            nodes += check(make(depth))
        total = (total * 31 + nodes + depth) % 1000000007
    total = (total * 31 + check(long_lived)) % 1000000007
    return "binary-trees %d: %d" % (max_depth, total)


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
