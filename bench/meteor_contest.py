"""meteor-contest: a board-filling puzzle search in the style of the Meteor
puzzle contest -- tile a 6 x 10 board with the twelve pentominoes, finding
the first N solutions (9356 in all, counting rotations and reflections) by
always covering the lowest empty cell; the board is a Python int used as a
bit set, the placements are precomputed masks; reports the smallest and
largest solution as strings, like the contest."""
import sys

DEFAULT = 10

WIDTH, HEIGHT = 10, 6

PIECES = {
    "F": ((0, 1), (0, 2), (1, 0), (1, 1), (2, 1)),
    "I": ((0, 0), (0, 1), (0, 2), (0, 3), (0, 4)),
    "L": ((0, 0), (1, 0), (2, 0), (3, 0), (3, 1)),
    "N": ((0, 1), (1, 1), (2, 0), (2, 1), (3, 0)),
    "P": ((0, 0), (0, 1), (1, 0), (1, 1), (2, 0)),
    "T": ((0, 0), (0, 1), (0, 2), (1, 1), (2, 1)),
    "U": ((0, 0), (0, 2), (1, 0), (1, 1), (1, 2)),
    "V": ((0, 0), (1, 0), (2, 0), (2, 1), (2, 2)),
    "W": ((0, 0), (1, 0), (1, 1), (2, 1), (2, 2)),
    "X": ((0, 1), (1, 0), (1, 1), (1, 2), (2, 1)),
    "Y": ((0, 1), (1, 0), (1, 1), (2, 1), (3, 1)),
    "Z": ((0, 0), (0, 1), (1, 1), (2, 1), (2, 2)),
}


def orientations(cells):
    """The distinct rotations and reflections, each normalised and sorted."""
    seen = set()
    result = []
    shape = list(cells)
    for flip in range(2):
        for _ in range(4):
            shape = [(c, -r) for r, c in shape]          # rotate 90 degrees
            r0 = min(r for r, _ in shape)
            c0 = min(c for _, c in shape)
            norm = tuple(sorted((r - r0, c - c0) for r, c in shape))
            if norm not in seen:
                seen.add(norm)
                result.append(norm)
        shape = [(r, -c) for r, c in shape]              # mirror
    return result


def placements(width, height):
    """table[cell][piece]: the masks of the piece's placements whose lowest
    cell is `cell` (cells numbered row by row)."""
    names = sorted(PIECES)
    table = [[[] for _ in names] for _ in range(width * height)]
    for p, name in enumerate(names):
        for shape in orientations(PIECES[name]):
            r0, c0 = shape[0]            # the first cell in row-major order
            for row in range(height):
                for col in range(width):
                    mask = 0
                    for r, c in shape:
                        rr, cc = row + r - r0, col + c - c0
                        if not (0 <= rr < height and 0 <= cc < width):
                            break
                        mask |= 1 << (rr * width + cc)
                    else:
                        table[row * width + col][p].append(mask)
    return names, table


class Search:
    def __init__(self, width, height, limit):
        self.width, self.height = width, height
        self.names, self.table = placements(width, height)
        self.full = (1 << (width * height)) - 1
        self.limit = limit
        self.found = 0
        self.smallest = None
        self.largest = None
        self.used = [None] * len(self.names)   # used[p]: mask of piece p or None

    def record(self):
        cells = ["."] * (self.width * self.height)
        for p, mask in enumerate(self.used):
            for i in range(self.width * self.height):
                if mask >> i & 1:
                    cells[i] = self.names[p]
        s = "".join(cells)
        self.found += 1
        if self.smallest is None or s < self.smallest:
            self.smallest = s
        if self.largest is None or s > self.largest:
            self.largest = s

    def solve(self, board):
        if board == self.full:
            self.record()
            return self.found >= self.limit
        free = ~board & (board + 1)          # the lowest empty cell, as a bit
        cell = free.bit_length() - 1
        options = self.table[cell]
        for p in range(len(self.used)):
            if self.used[p] is not None:
                continue
            for mask in options[p]:
                if board & mask == 0:
                    self.used[p] = mask
                    if self.solve(board | mask):
                        return True
            self.used[p] = None
        return False


def main(limit):
    s = Search(WIDTH, HEIGHT, limit)
    s.solve(0)
    return "meteor-contest %d: %d solutions, min %s, max %s" % (limit, s.found, s.smallest, s.largest)


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
