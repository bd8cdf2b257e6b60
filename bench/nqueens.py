"""nqueens: every placement of n non-attacking queens, by a generator-based
backtracking search over rows with sets of attacked columns and diagonals."""
import sys

DEFAULT = 12


def solutions(n, row=0, cols=(), used=frozenset(), diag1=frozenset(), diag2=frozenset()):
    if row == n:
        yield cols
        return
    for c in range(n):
        if c in used or (row + c) in diag1 or (row - c) in diag2:
            continue
        yield from solutions(n, row + 1, cols + (c,), used | {c},
                             diag1 | {row + c}, diag2 | {row - c})


def main(n):
    count = 0
    h = 0
    for sol in solutions(n):
        count += 1
        code = 0
        for c in sol:
            code = code * n + c
        h = (h * 31 + code) % 1000000007
    return "nqueens %d: %d solutions, hash %d" % (n, count, h)


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
