print(len([1, 2]), len(()), len('abc'), len({1: 2}), len({1}), len(range(10)), len(b'xy'))
class L:
    def __len__(self):
        return 7
print(len(L()))
for bad in (5, None):
    try:
        len(bad)
    except TypeError as e:
        print(e)
print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max('hello'), min((1, 'a'), (0, 'b')))
print(min([], default='d'), max([], default=None), min([1], default=0))
print(max(['aa', 'b', 'ccc'], key=len), min(['aa', 'b', 'ccc'], key=len), max(1, 2, key=lambda x: -x))
print(max([1, 1.0]), max([1.0, 1]), min([2, 2.0]))
print(max([(1, 'b'), (1, 'a')]), max({3: 0, 9: 0}))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: min())
t(lambda: min([]))
t(lambda: max([], key=None))
t(lambda: min(1, 2, default=3))
t(lambda: min([1], x=3))
t(lambda: min(1))
t(lambda: min(1, 'a'))
t(lambda: len())
t(lambda: len(1, 2))
t(lambda: len(x=1))
