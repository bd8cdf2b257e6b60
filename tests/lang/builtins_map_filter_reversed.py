print(list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(abs, [])))
print(list(filter(None, [0, 1, '', 'a', None, []])), list(filter(lambda x: x % 2, range(7))), list(filter(bool, [0, 2])))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')), list(reversed(range(3))))
class S:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * i
print(list(reversed(S())), type(reversed(S())).__name__)
class R:
    def __reversed__(self):
        return iter('zyx')
print(list(reversed(R())))
class NR:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: reversed(NR()))
t(lambda: map(1))
t(lambda: map())
t(lambda: filter(1))
t(lambda: reversed(1))
t(lambda: type(reversed({})).__name__)
t(lambda: reversed({1: 2}.keys()).__class__.__name__)
t(lambda: list(map(None, 1)))
t(lambda: list(map(int, ['1', 'x'])))
m = map(str, range(3))
print(iter(m) is m, next(m), list(m), list(m))
r = reversed([1, 2, 3])
print(r.__length_hint__(), next(r), r.__length_hint__())
