# enumerate: start (huge, negative, __index__), errors, keywords, length hints
import sys
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(list(enumerate('abc')), list(enumerate('abc', 5)), list(enumerate('ab', -3)), list(enumerate([], 9)))
print(list(enumerate('abc', start=2**100)), list(enumerate('ab', -2**100)))
print(list(enumerate('abcd', sys.maxsize - 1)), list(enumerate('abc', -sys.maxsize - 2)))
print(list(enumerate(iterable='xy', start=1)), list(enumerate('xy', start=True)))
class I:
    def __index__(self): return 7
print(list(enumerate('ab', I())))
e = enumerate('ab', True); print(next(e), type(next(e)[0]).__name__)
t(lambda: enumerate())
t(lambda: enumerate('a', 1, 2))
t(lambda: enumerate(5))
t(lambda: enumerate('a', 1.0))
t(lambda: enumerate('a', '1'))
t(lambda: enumerate('a', None))
t(lambda: enumerate('a', stop=1))
t(lambda: enumerate(sequence='a'))
t(lambda: enumerate('a', start=1, iterable='b'))
e = enumerate(iter([1, 2, 3]))
print(iter(e) is e, next(e), list(e), list(e))
t(lambda: next(e))
t(lambda: len(enumerate('abc')))
t(lambda: enumerate('abc').__length_hint__())
print(type(enumerate('a')).__name__, enumerate.__name__, isinstance(enumerate('a'), enumerate))
class E(enumerate):
    pass
print(list(E('ab', 3)), type(E('a')).__name__)
def gen():
    yield 1
    raise KeyError('g')
t(lambda: list(enumerate(gen())))
print(dict(enumerate('xyz')), [(i, c) for i, c in enumerate('hi', 1)])
big = enumerate(range(3), 2**63 - 2)
print(list(big))
print(enumerate[int])
