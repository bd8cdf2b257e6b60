# tuple() from many iterables; errors propagate from iteration and length hints
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(tuple('héllo'), tuple(b'\x00\xff'), tuple({3: 'a', 1: 'b'}), tuple({'x': 1}.items()), tuple(range(-3, 3, 2)))
print(tuple(reversed([1, 2])), tuple(enumerate('ab')), tuple(zip('ab', 'cd')), tuple(map(abs, [-1])), tuple(filter(None, [0, 2])))
print(tuple(x for x in ()), tuple(iter(())), tuple([[]]), tuple(((),)), tuple(frozenset()), tuple(memoryview(b'ab')))
def gen():
    yield 1
    raise OSError('disk')
t(lambda: tuple(gen()))
class Hint:
    def __iter__(self): return iter([1, 2])
    def __length_hint__(self): return 'many'
t(lambda: tuple(Hint()))
class LenErr:
    def __iter__(self): return iter([1])
    def __len__(self): raise IndexError('len!')
t(lambda: tuple(LenErr()))
class IterErr:
    def __iter__(self): raise LookupError('iter!')
    def __length_hint__(self): raise ValueError('never reached')
t(lambda: tuple(IterErr()))
t(lambda: list(IterErr()))
class NextErr:
    def __iter__(self): return self
    def __next__(self): raise ArithmeticError('next!')
t(lambda: tuple(NextErr()))
a = (1, 2)
print(tuple(a) is a, tuple(list(a)) == a, tuple(a[:]) is a)
class TS(tuple): pass
ts = TS((1,))
print(tuple(ts) is ts, type(tuple(ts)).__name__)
print(tuple.__new__(tuple, 'ab'), tuple(()) == (), len(tuple(range(1000))))
