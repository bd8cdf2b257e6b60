print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum(range(100)), sum([0.1] * 10))
print(sum([1, 2.5, 3]), sum([[1], [2]], []), sum([1, 2], start=1.5), sum(((1,), (2,)), ()))
print(sum([2**62, 2**62, 2**62]), sum([-2**63, -1]), sum([True, True, 3]))
print(sum([1.5, 2**70]), sum([0.5, 1, True]))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: sum())
t(lambda: sum(['a'], 'b'))
t(lambda: sum([b'a'], b'b'))
t(lambda: sum([1], 2, 3))
t(lambda: sum(1))
t(lambda: sum([1, 'a']))
print(any([]), all([]), any([0, 0, 1]), all([1, 2, 0]), any(x > 2 for x in range(5)), all('abc'))
t(lambda: any())
t(lambda: all(1))
def gen():
    yield 1
    print('not reached')
    yield 0
print(any(gen()))
