"""unpack-sequence: tuple and list unpacking in tight loops -- swaps,
rotations, nested and starred targets, unpacking in for loops and function
returns."""
import sys

DEFAULT = 1600000


def divmod_pair(a, b):
    return a // b, a % b


def main(n):
    a, b, c, d = 1, 2, 3, 4
    acc = 0
    pairs = [(i, i * 2) for i in range(64)]
    triples = [[i, -i, i * i] for i in range(64)]
    for i in range(n):
        a, b, c, d = b, c, d, a             # rotate
        a, b = b, a                         # swap
        (x, y), z = (a, b), c               # nested
        first, *middle, last = triples[i & 63]
        p, q = pairs[i & 63]
        head, *rest = (p, q, x, y, z)
        quo, rem = divmod_pair(i + 7, 5)
        acc += x - y + z * first + last + len(middle) + len(rest) + head + quo * rem + p - q
        acc &= 0xFFFFFFFFFFFF
    for k, (u, v) in enumerate(pairs):
        acc += k * u - v
    return "unpack-sequence %d: %d %d %d %d %d" % (n, acc, a, b, c, d)


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
