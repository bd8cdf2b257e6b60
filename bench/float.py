"""float: create many Point objects from sin/cos, normalise each one and
fold them with max(); float arithmetic, attribute access, allocation."""
import sys
from math import sin, cos, sqrt

DEFAULT = 400000


class Point:
    __slots__ = ("x", "y", "z")

    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def normalize(self):
        norm = sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def run(n):
    points = [Point(i) for i in range(n)]
    for p in points:
        p.normalize()
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    return best


def main(n):
    total = 0.0
    for rep in range(3):
        best = run(n)
        total += best.x + best.y + best.z
    return "float %d: %.9f %.9f %.9f %.9f" % (n, best.x, best.y, best.z, total)


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
