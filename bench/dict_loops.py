"""dict loops: dictionary-heavy code -- counting words with get(),
setdefault() grouping, dict comprehensions, items() iteration, int and
tuple keys, deletion and re-insertion, merging with update() and |."""
import sys

DEFAULT = 1000000


def main(n):
    state = 7
    words = []
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        words.append("w%d" % ((state >> 8) % 997))
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    groups = {}
    for w, c in counts.items():
        groups.setdefault(c % 10, []).append(w)
    squares = {i: i * i for i in range(n // 4)}
    for i in range(0, n // 4, 3):
        del squares[i]
    for i in range(0, n // 4, 6):
        squares[i] = -i
    grid = {}
    for i in range(n // 2):
        key = (i % 101, i % 37)
        grid[key] = grid.get(key, 0) + i
    merged = dict(counts)
    merged.update({"w%d" % i: -i for i in range(0, 997, 5)})
    merged = merged | {"extra": 1}
    inverse = {v: k for k, v in counts.items()}
    acc = 0
    for k, v in squares.items():
        acc = (acc * 31 + k + v) & 0xFFFFFFFF
    for (a, b), v in grid.items():
        acc = (acc * 31 + a * b + v) & 0xFFFFFFFF
    first = next(iter(merged))
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    return "dict-loops %d: %d %d %d %d %s %s %d" % (
        n, len(counts), len(groups), len(squares), acc, first,
        ",".join("%s:%d" % kv for kv in top), len(inverse) + len(merged))


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
