"""generators: pipelines of generators -- generator functions, yield from
delegation, generator expressions, send() into a coroutine-style generator,
and a recursive tree walk with yield from."""
import sys

DEFAULT = 1500000


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


def scaled(source, k):
    for x in source:
        yield x * k


def chunks(source, size):
    buf = []
    for x in source:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


def chained(n):
    yield from count_up(n)
    yield from (x * x for x in range(n // 10))


def averager():
    """Receives numbers by send() and yields the running mean (as a fraction)."""
    total = 0
    count = 0
    mean = None
    while True:
        x = yield mean
        total += x
        count += 1
        mean = (total, count)


def walk(tree):
    if tree is None:
        return
    left, value, right = tree
    yield from walk(left)
    yield value
    yield from walk(right)


def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return (build(lo, mid), mid, build(mid + 1, hi))


def main(n):
    a = sum(scaled(evens(count_up(n)), 3))
    b = sum(len(c) * c[0] for c in chunks(count_up(n), 7))
    c = sum(chained(n))
    avg = averager()
    next(avg)
    mean = None
    for x in count_up(n // 2):
        mean = avg.send(x % 97)
    d = sum(walk(build(0, n // 4)))
    e = max(x % 1013 for x in count_up(n) if x % 3)
    return "generators %d: %d %d %d %d/%d %d %d" % (n, a, b, c, mean[0], mean[1], d, e)


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
