# Callbacks that mutate the container under an operation.
import sys
lst = list(range(100))
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        lst.append(self)
        del lst[:50]
        return self.v < other.v
lst = [K(i % 7) for i in range(100)]
try:
    lst.sort()
except ValueError as e:
    print(e)
d = {i: i for i in range(100)}
class H:
    def __hash__(self):
        return 7
    def __eq__(self, other):
        d.clear()
        for i in range(50):
            d[i] = i
        return False
for _ in range(10):
    try:
        d.get(H())
    except RuntimeError as e:
        pass
s = set(range(100))
class SH:
    def __hash__(self):
        return 7
    def __eq__(self, other):
        s.clear()
        s.update(range(20))
        return False
for _ in range(10):
    try:
        SH() in s
    except RuntimeError as e:
        pass
a = list(range(10))
class E:
    def __eq__(self, other):
        del a[:]
        return False
for m in (a.count, a.index, a.remove):
    a[:] = range(10)
    try:
        m(E())
    except ValueError:
        pass
a[:] = range(10)
print(E() in a)
b = list(range(10))
class R:
    def __repr__(self):
        b.clear()
        return 'R'
b[3] = R()
print(repr(b))
dd = {i: i for i in range(10)}
class DR:
    def __repr__(self):
        dd.clear()
        return 'DR'
dd[3] = DR()
print(repr(dd))
print('done')
