# Generator pipelines, closures, itertools-free iteration, exceptions in generators.
def numbers(limit):
    n = 0
    while n < limit:
        yield n
        n += 1


def take_while(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x


def mapped(f, it):
    for x in it:
        yield f(x)


def counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc


def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total


squares = mapped(lambda x: x * x, numbers(100))
print(list(take_while(lambda x: x < 50, squares)))
inc = counter()
print([inc() for _ in range(3)], inc(10))
acc = accumulate()
next(acc)
for v in [1, 2, 3, 4]:
    print("running total", acc.send(v))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)


def risky():
    yield 1
    raise KeyError("boom")


g = risky()
print(next(g))
try:
    next(g)
except KeyError as e:
    print("KeyError", e)
print(next(g, "exhausted"))


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain("ab", [1, 2], (x for x in range(3)), {"k": 1})))
print(sum(x for x in range(10) if x % 3), any(x > 8 for x in range(10)), all([]))
gen = (i * 2 for i in range(3))
print(list(gen), list(gen))
