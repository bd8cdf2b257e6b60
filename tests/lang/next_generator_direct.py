# C code stepping a generator (sum, list, str.join, min, sorted, zip,
# enumerate, map, dict(), in, unpacking) resumes it without calling
# __next__: its end, its return value, exceptions from its body,
# StopIteration raised inside it (PEP 479), re-entry while running, and
# a finished generator must all behave as with __next__.

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e, '| cause:', type(e.__cause__).__name__ if e.__cause__ else None)

def nums(n):
    for i in range(n):
        yield i
    return 'done'

def main():
    print(sum(x * x for x in range(10)), list(nums(4)), '-'.join(str(i) for i in nums(5)))
    print(min(nums(5)), max(nums(5)), sorted(nums(4), reverse=True), tuple(nums(3)), set(nums(3)))
    print(list(zip(nums(3), 'abcd')), list(enumerate(nums(2))), list(map(str, nums(3))))
    print(dict((i, i * i) for i in nums(3)), 2 in nums(5), 9 in nums(5))
    a, b, c = nums(3)
    print(a, b, c)
    show(lambda: [a for a, b in zip(nums(2), nums(3))])
    # exhausted: stays exhausted
    g = nums(2)
    print(list(g), list(g), sum(g))
    # an exception from the body goes through
    def bad():
        yield 1
        raise KeyError('k')
    show(lambda: sum(bad()))
    show(lambda: list(bad()))
    # StopIteration inside the body: RuntimeError (PEP 479)
    def stopper():
        yield 1
        raise StopIteration('x')
    show(lambda: list(stopper()))
    show(lambda: sum(stopper()))
    def nexter():
        it = iter([])
        yield next(it)
    show(lambda: list(nexter()))
    # re-entry: the generator steps itself while running
    def selfish():
        yield list(me)
    me = selfish()
    show(lambda: list(me))
    # the generator is finished after an error; iterating again gives nothing
    g = bad()
    show(lambda: list(g))
    print(list(g))
    # gen.close() and send() still behave
    g = nums(5)
    print(next(g), g.send(None), list(g))
    g = nums(5)
    next(g)
    g.close()
    print(list(g))
    # deep nesting of generators consumed from C
    def wrap(it, k):
        for x in it:
            yield x + k
    it = range(3)
    for k in range(50):
        it = wrap(it, 1)
    print(list(it))
    # generator expressions over generators, consumed by any/all
    print(any(x > 3 for x in nums(5)), all(x < 3 for x in nums(5)))
    # yield from a generator, consumed from C
    def outer():
        r = yield from nums(3)
        yield r
    print(list(outer()))

main()
