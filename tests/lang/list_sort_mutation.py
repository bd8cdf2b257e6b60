a = [3, 1, 2]
def key(x):
    a.append(x)
    return x
try:
    a.sort(key=key)
except ValueError as e:
    print(e)
print(a)
b = [5, 4, 3, 2, 1]
class Evil:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        b.clear()
        return self.v < other.v
b = [Evil(i) for i in (3, 1, 2)]
try:
    b.sort()
except ValueError as e:
    print(e)
print([e.v for e in b])
c = [3, 1, 2]
def bad(x):
    if x == 1:
        raise KeyError('boom')
    return x
try:
    c.sort(key=bad)
except KeyError as e:
    print('KeyError', e)
print(c)
print(len(c))
