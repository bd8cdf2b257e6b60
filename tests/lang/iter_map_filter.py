# map/filter with several iterables, None predicates, errors, laziness
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [5, 2])), list(map(lambda *a: a, 'ab', 'xyz', [1, 2, 3])))
print(list(map(str, [])), list(map(max, [1, 5], [4, 2], [3, 3])), list(map(len, ['a', 'bb'])))
t(lambda: map())
t(lambda: map(abs))
t(lambda: list(map(None, [1])))
t(lambda: list(map(5, [1])))
t(lambda: map(abs, 5))
t(lambda: map(abs, [1], 5))
t(lambda: map(abs, [1], func=2))
t(lambda: list(map(abs, ['x'])))
t(lambda: list(map(pow, [1], [2], [3], [4])))
m = map(lambda x: x * 2, iter([1, 2, 3]))
print(iter(m) is m, next(m), list(m), list(m))
t(lambda: len(map(abs, [1])))
t(lambda: map(abs, [1]).__length_hint__())
calls = []
def f(x):
    calls.append(x)
    return x
m = map(f, range(5))
print(calls, next(m), calls)
print(list(filter(None, [0, 1, '', 'a', [], [0], None, False, 2.5])), list(filter(bool, [0, 1])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, 'a1b2')))
t(lambda: filter())
t(lambda: filter(None))
t(lambda: filter(None, [1], [2]))
t(lambda: filter(None, 5))
t(lambda: filter(function=None, iterable=[]))
t(lambda: list(filter(5, [1])))
t(lambda: list(filter(lambda x, y: x, [1])))
class Falsy:
    def __bool__(self): raise ValueError('bool')
t(lambda: list(filter(None, [Falsy()])))
class BadBool:
    def __bool__(self): return 2
t(lambda: list(filter(None, [BadBool()])))
class Len0:
    def __len__(self): return 0
print(list(filter(None, [Len0(), 1])) == [1])
fi = filter(None, iter([0, 1, 2]))
print(iter(fi) is fi, next(fi), list(fi), list(fi))
print(type(map(abs, [])).__name__, type(filter(None, [])).__name__)
class M(map): pass
class F(filter): pass
print(list(M(abs, [-1])), list(F(None, [0, 3])))
t(lambda: M(abs, [1], x=1))
t(lambda: F(None, [1], x=1))
print(list(map(lambda x, y: x + y, range(3), range(100, 2**100))))
print(sum(map(int, '123')), sorted(map(str.upper, 'cab')), dict(map(lambda k: (k, 1), 'ab')))
