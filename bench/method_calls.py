"""method calls: method calls of every kind -- plain bound methods through an
inheritance chain, super() calls, overridden methods, classmethods,
staticmethods, properties, __call__, and methods fetched and stored."""
import sys

DEFAULT = 900000


class Base:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def step(self, k):
        return self.v + k

    @classmethod
    def make(cls, v):
        return cls(v)

    @staticmethod
    def twice(x):
        return 2 * x

    @property
    def double(self):
        return self.v * 2

    def __call__(self, x):
        return self.v ^ x


class Middle(Base):
    def step(self, k):
        return super().step(k) + 1


class Leaf(Middle):
    def step(self, k):
        return super().step(k) * 2

    def chain(self, k):
        return self.get() + self.step(k) + self.twice(k)


class Counter:
    __slots__ = ("n",)

    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self


def main(n):
    objs = [Base(1), Middle(2), Leaf(3), Leaf.make(4)]
    counter = Counter()
    bump = counter.bump
    acc = 0
    for i in range(n):
        o = objs[i & 3]
        acc += o.step(i & 15) + o.get() + o.double + o(i & 7) + Base.twice(i & 3)
        if type(o) is Leaf:
            acc += o.chain(i & 31)
        bump().bump()
        acc &= 0xFFFFFFFF
    return "method-calls %d: %d %d" % (n, acc, counter.n)


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
