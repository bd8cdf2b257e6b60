def t(f):
    try:
        r = f()
        print(type(r).__name__, sorted(r, key=repr))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: set())
t(lambda: set('hello'))
t(lambda: set(b'hello'))
t(lambda: set(bytearray(b'aab')))
t(lambda: set(range(5)))
t(lambda: set(range(10, 0, -3)))
t(lambda: set({'a': 1, 'b': 2}))
t(lambda: set({'a': 1}.values()))
t(lambda: set({'a': 1}.items()))
t(lambda: set([1, 1.0, True, 2, 2.0]))
t(lambda: set([0, 0.0, False, -0.0, 0j]))
t(lambda: set((x * x for x in range(-3, 4))))
t(lambda: set(iter([3, 1, 2])))
t(lambda: set(map(abs, [-1, 1, -2])))
t(lambda: set(zip('ab', 'cd')))
t(lambda: set(enumerate('xy')))
t(lambda: set(reversed([1, 2, 2])))
t(lambda: set(frozenset([1, 2])))
t(lambda: frozenset(set([1, 2])))
t(lambda: frozenset(frozenset([1])))
t(lambda: set(memoryview(b'ab')))
t(lambda: set(1))
t(lambda: set(1.5))
t(lambda: set(None))
t(lambda: set([[1]]))
t(lambda: set([1, [1]]))
t(lambda: frozenset([{}]))
def gen():
    yield 1
    yield 2
    raise ValueError('gen failed')
t(lambda: set(gen()))
t(lambda: frozenset(gen()))
class Seq:
    def __getitem__(self, i):
        if i < 4:
            return i * 10
        raise IndexError
t(lambda: set(Seq()))
class BadIter:
    def __iter__(self):
        return 5
t(lambda: set(BadIter()))
class NoneIter:
    __iter__ = None
t(lambda: set(NoneIter()))
t(lambda: set('é中\U0001f600'))
t(lambda: {*range(3), *'ab'})
t(lambda: {*()})
fs = frozenset([1, 2])
t(lambda: frozenset(fs) is fs)
t(lambda: frozenset() is frozenset())
t(lambda: frozenset([]) == frozenset())
t(lambda: set(fs) is fs)
t(lambda: type(frozenset(x for x in [])).__name__)
class FS(frozenset):
    pass
t(lambda: type(FS(fs)).__name__)
t(lambda: frozenset(FS([3])) == frozenset([3]))
t(lambda: type(frozenset(FS([3]))).__name__)
