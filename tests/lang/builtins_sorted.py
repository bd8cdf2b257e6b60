print(sorted([3, 1, 2]), sorted((3, 1, 2), reverse=True), sorted('bca'), sorted({'b': 1, 'a': 2}))
print(sorted([3, 1, 2], key=lambda x: -x), sorted([], key=len), sorted(['bb', 'a'], key=len, reverse=False))
print(sorted([1, 2, 3], key=None), sorted(range(5), reverse=1))
data = [('b', 2), ('a', 2), ('c', 1)]
print(sorted(data, key=lambda p: p[1]))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: sorted())
t(lambda: sorted([1], [2]))
t(lambda: sorted([1], x=1))
t(lambda: sorted([1, 'a']))
t(lambda: sorted(5))
t(lambda: sorted([1, 2], reverse=1.5))
a = [3, 1, 2]
b = sorted(a)
print(a, b, a is b)
