it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'done'))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), list(iter(Seq())), type(iter(Seq())).__name__)
calls = []
def f():
    calls.append(1)
    return len(calls)
print(list(iter(f, 4)), type(iter(f, 0)).__name__)
def g():
    raise StopIteration
print(list(iter(g, 1)))
def t(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: iter())
t(lambda: iter(1, 2))
t(lambda: iter(1, 2, 3))
t(lambda: next())
t(lambda: next([]))
t(lambda: next(iter([]), 5))
t(lambda: iter(5))
def gen():
    yield 1
    return 'retval'
g2 = gen()
next(g2)
try:
    next(g2)
except StopIteration as e:
    print('StopIteration', e.value)
it = iter(range(3))
print(iter(it) is it, list(it))
