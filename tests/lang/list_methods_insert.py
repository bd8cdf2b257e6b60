# list.insert / append / extend with huge, negative and odd indices
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2, 3]
for i in [0, 1, 3, 4, 100, -1, -3, -4, -100, 2**63-1, -2**63, 2**63, -2**63-1, 2**100, -2**100, True, False]:
    b = list(a)
    t(lambda: b.insert(i, 'x'))
    print(i, b)
class I:
    def __index__(self): return 1
b = list(a); b.insert(I(), 'i'); print(b)
t(lambda: a.insert(1.0, 2))
t(lambda: a.insert('1', 2))
t(lambda: a.insert(None, 2))
t(lambda: a.insert())
t(lambda: a.insert(1, 2, 3))
e = []
e.insert(-5, 1); e.insert(5, 2); e.insert(0, 0); print(e)
# append
b = []
for i in range(10): b.append(i * i)
print(b)
b.append(b); print(b)
t(lambda: b.append())
# extend with many kinds of iterable
c = [0]
c.extend([1, 2]); c.extend((3,)); c.extend(range(4, 6)); c.extend('ab')
c.extend({7: 1}); c.extend({8}); c.extend(x for x in [9]); c.extend(iter([10]))
c.extend(b'\x0b'); c.extend(bytearray(b'\x0c'))
print(c)
d = [1, 2]
d.extend(d); print(d)
d.extend(d[::-1]); print(d)
t(lambda: d.extend(5))
t(lambda: d.extend(None))
t(lambda: d.extend())
def gen():
    yield 1
    raise ValueError('boom')
d = [0]
t(lambda: d.extend(gen()))
print(d)
class LH:
    def __iter__(self): return iter([1, 2, 3])
    def __length_hint__(self): return 10**6
d = []; d.extend(LH()); print(d)
class BadLen:
    def __iter__(self): return iter([4])
    def __len__(self): return -1
t(lambda: list(BadLen()))
print(list.append, list.extend.__name__, list.insert.__qualname__)
t(lambda: list.append(1, 2))
t(lambda: list.append([], 1, 2))
print([].append(3), [].extend([]), [].insert(0, 0))
