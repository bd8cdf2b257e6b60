# zip: strict=True messages, lengths, keywords, iterators
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(list(zip()), list(zip('ab')), list(zip('ab', 'xyz')), list(zip('abc', [1, 2], (True,))))
print(list(zip('ab', 'xy', strict=True)), list(zip(strict=True)), list(zip('a', strict=False)))
t(lambda: list(zip('abc', 'xy', strict=True)))
t(lambda: list(zip('ab', 'xyz', strict=True)))
t(lambda: list(zip('ab', 'xy', 'z', strict=True)))
t(lambda: list(zip('ab', 'xy', 'pqr', strict=True)))
t(lambda: list(zip('a', 'xy', 'pqr', strict=True)))
t(lambda: list(zip('abc', 'x', 'pq', strict=True)))
t(lambda: list(zip('', 'x', strict=True)))
t(lambda: list(zip('x', '', strict=True)))
t(lambda: list(zip('x', '', '', strict=True)))
t(lambda: list(zip('', '', 'x', strict=True)))
t(lambda: zip('a', foo=1))
t(lambda: zip('a', strict=1, foo=2))
t(lambda: zip(1))
t(lambda: zip('a', None))
t(lambda: zip('a', 'b', 3))
print(list(zip('ab', 'cd', strict=0)), list(zip('abc', 'd', strict=[])))
t(lambda: list(zip('abc', 'd', strict='yes')))
# strict consumption order: the first iterator is advanced before noticing
it1 = iter([1, 2, 3]); it2 = iter([1])
t(lambda: list(zip(it1, it2, strict=True)))
print(list(it1))
it1 = iter([1, 2]); it2 = iter([1, 2, 3])
t(lambda: list(zip(it1, it2, strict=True)))
print(list(it2))
it1 = iter([1, 2, 3]); it2 = iter([1])
print(list(zip(it1, it2)), list(it1))
def gen():
    yield 1
    raise ValueError('gen')
t(lambda: list(zip(gen(), 'abc')))
t(lambda: list(zip('abc', gen(), strict=True)))
z = zip('ab', 'cd')
print(iter(z) is z, next(z), list(z), list(z))
t(lambda: len(zip('a')))
t(lambda: zip('a').__length_hint__())
print(type(zip()).__name__, zip.__name__, list(zip(range(3), range(2**100))))
class Z(zip): pass
print(list(Z('ab', 'cd', strict=True)))
print(dict(zip('abc', range(3))), list(zip(*[(1, 2), (3, 4)])))
