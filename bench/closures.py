"""closures: functions made and called at run time -- counters over
nonlocal cells, adders from a factory, composed functions, decorators that
wrap with *args/**kwargs, lambdas passed to map/sorted, and a memoising
decorator."""
import sys
import functools

DEFAULT = 1000000


def make_counter(start):
    count = start

    def inc(k=1):
        nonlocal count
        count += k
        return count
    return inc


def make_adder(k):
    return lambda x: x + k


def compose(f, g):
    return lambda x: f(g(x))


def logged(fn):
    calls = [0]

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        calls[0] += 1
        return fn(*args, **kwargs)
    wrapper.calls = calls
    return wrapper


def memo(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper


@logged
def scale(x, factor=3):
    return x * factor


@memo
def collatz_len(n):
    if n == 1:
        return 1
    return 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)


def main(n):
    counters = [make_counter(i) for i in range(8)]
    adders = [make_adder(i) for i in range(8)]
    pipeline = compose(adders[3], compose(adders[5], lambda x: x * 2))
    acc = 0
    for i in range(n):
        c = counters[i & 7]
        acc += c() + c(2)
        acc += adders[i & 7](i) + pipeline(i & 255)
        acc += scale(i & 15, factor=i & 3)
        acc &= 0xFFFFFFFF
    longest = max(range(1, n // 10 + 2), key=collatz_len)
    words = sorted(("w%d" % (i * 7919 % 1000) for i in range(500)), key=lambda w: (len(w), w[::-1]))
    acc += sum(map(lambda w: len(w), words))
    return "closures %d: %d %d %d %s" % (n, acc, scale.calls[0], longest, words[0] + words[-1])


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
