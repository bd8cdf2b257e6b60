"""hexiom: solve Hexiom puzzles -- place numbered tiles on a hexagonal board
so that every tile's number equals the count of its occupied neighbours.
Puzzles are generated from a random filling; the solver counts all
solutions by depth-first search with interval pruning on each placement."""
import sys

DEFAULT = 11

DIRECTIONS = ((1, 0), (1, -1), (0, -1), (-1, 0), (-1, 1), (0, 1))
UNSET, EMPTY = -2, -1


class Board:
    def __init__(self, side):
        r = side - 1
        self.cells = [(q, s) for q in range(-r, r + 1) for s in range(-r, r + 1)
                      if abs(q + s) <= r]
        index = {c: i for i, c in enumerate(self.cells)}
        self.neighbours = []
        for q, s in self.cells:
            self.neighbours.append([index[(q + dq, s + ds)] for dq, ds in DIRECTIONS
                                    if (q + dq, s + ds) in index])
        # search order: from the centre outwards, so constraints close early
        self.order = sorted(range(len(self.cells)),
                            key=lambda i: (max(abs(self.cells[i][0]), abs(self.cells[i][1]),
                                               abs(sum(self.cells[i]))), i))


class Puzzle:
    def __init__(self, board, tiles, empties, pinned):
        self.board = board
        self.tiles = tiles          # tiles[v]: how many tiles show v
        self.empties = empties
        self.pinned = pinned        # cell -> value fixed by the puzzle


def generate(board, rng):
    n = len(board.cells)
    occupied = [rng.below(100) < 62 for _ in range(n)]
    tiles = [0] * 7
    values = []
    for i in range(n):
        if occupied[i]:
            v = sum(1 for j in board.neighbours[i] if occupied[j])
            tiles[v] += 1
            values.append(v)
        else:
            values.append(EMPTY)
    pinned = {}
    for _ in range(2):
        i = rng.below(n)
        pinned[i] = values[i]
    return Puzzle(board, tiles, n - sum(tiles), pinned)


class Solver:
    def __init__(self, puzzle):
        self.board = puzzle.board
        self.nbrs = puzzle.board.neighbours
        self.tiles = list(puzzle.tiles)
        self.empties = puzzle.empties
        self.value = [UNSET] * len(self.board.cells)
        self.solutions = 0
        self.nodes = 0
        self.signature = 0
        for i, v in puzzle.pinned.items():
            self.value[i] = v
            if v == EMPTY:
                self.empties -= 1
            else:
                self.tiles[v] -= 1
        self.order = [i for i in self.board.order if i not in puzzle.pinned]

    def fits(self, j):
        """Can the tile on j (if any) still see the right number of neighbours?"""
        v = self.value[j]
        if v < 0:
            return True
        occupied = unknown = 0
        for k in self.nbrs[j]:
            w = self.value[k]
            if w >= 0:
                occupied += 1
            elif w == UNSET:
                unknown += 1
        return occupied <= v <= occupied + unknown

    def consistent(self, i):
        if not self.fits(i):
            return False
        for j in self.nbrs[i]:
            if not self.fits(j):
                return False
        return True

    def search(self, depth):
        self.nodes += 1
        if depth == len(self.order):
            self.solutions += 1
            sig = 0
            for v in self.value:
                sig = sig * 8 + v + 1
            self.signature = (self.signature + sig) % 1000000007
            return
        i = self.order[depth]
        value = self.value
        if self.empties > 0:
            value[i] = EMPTY
            self.empties -= 1
            if self.consistent(i):
                self.search(depth + 1)
            self.empties += 1
        limit = len(self.nbrs[i])
        for v in range(limit + 1):
            if self.tiles[v] == 0:
                continue
            value[i] = v
            self.tiles[v] -= 1
            if self.consistent(i):
                self.search(depth + 1)
            self.tiles[v] += 1
        value[i] = UNSET


class Rng:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


def main(puzzles):
    rng = Rng(2011)
    board = Board(3)
    total = 0
    nodes = 0
    sig = 0
    for _ in range(puzzles):
        solver = Solver(generate(board, rng))
        solver.search(0)
        if solver.solutions == 0:
            raise RuntimeError("a generated puzzle has no solution")
        total += solver.solutions
        nodes += solver.nodes
        sig = (sig * 31 + solver.signature) % 1000000007
    return "hexiom %d: %d solutions, %d nodes, signature %d" % (puzzles, total, nodes, sig)


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
