"""chaos: the chaos game -- iterate a randomly chosen affine map of an
iterated function system (a fern and a Sierpinski-like carpet) and rasterise
the orbit; float arithmetic, method calls, a home-made random generator."""
import sys

DEFAULT = 700000


class Rng:
    """Park-Miller minimal standard generator: the same numbers everywhere."""

    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 48271) % 2147483647
        return self.state

    def uniform(self):
        return self.next() / 2147483647.0


class AffineMap:
    def __init__(self, a, b, c, d, e, f, weight):
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e, f
        self.weight = weight

    def apply(self, x, y):
        return self.a * x + self.b * y + self.e, self.c * x + self.d * y + self.f


class IFS:
    def __init__(self, maps):
        self.maps = maps
        total = sum(m.weight for m in maps)
        acc = 0.0
        self.cumulative = []
        for m in maps:
            acc += m.weight / total
            self.cumulative.append(acc)

    def pick(self, u):
        for m, c in zip(self.maps, self.cumulative):
            if u < c:
                return m
        return self.maps[-1]


class Canvas:
    def __init__(self, width, height, xmin, xmax, ymin, ymax):
        self.width, self.height = width, height
        self.xmin, self.ymin = xmin, ymin
        self.sx = (width - 1) / (xmax - xmin)
        self.sy = (height - 1) / (ymax - ymin)
        self.cells = [[0] * width for _ in range(height)]

    def plot(self, x, y):
        i = int((x - self.xmin) * self.sx)
        j = int((y - self.ymin) * self.sy)
        if 0 <= i < self.width and 0 <= j < self.height:
            self.cells[j][i] += 1

    def checksum(self):
        h = 0
        for row in self.cells:
            for v in row:
                h = (h * 131 + (v if v < 8 else 8)) % 1000000007
        return h, sum(1 for row in self.cells for v in row if v)


def play(ifs, canvas, rng, steps):
    x, y = 0.0, 0.0
    for i in range(steps):
        x, y = ifs.pick(rng.uniform()).apply(x, y)
        if i > 20:
            canvas.plot(x, y)


def main(steps):
    fern = IFS([
        AffineMap(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 1),
        AffineMap(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 85),
        AffineMap(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 7),
        AffineMap(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 7),
    ])
    carpet = IFS([AffineMap(1 / 3, 0.0, 0.0, 1 / 3, ex / 3, fy / 3, 1)
                  for ex in range(3) for fy in range(3) if (ex, fy) != (1, 1)])
    rng = Rng(20260101)
    c1 = Canvas(80, 160, -2.2, 2.7, 0.0, 10.0)
    play(fern, c1, rng, steps)
    c2 = Canvas(81, 81, 0.0, 1.0, 0.0, 1.0)
    play(carpet, c2, rng, steps // 2)
    h1, n1 = c1.checksum()
    h2, n2 = c2.checksum()
    return "chaos %d: %d/%d %d/%d" % (steps, h1, n1, h2, n2)


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
