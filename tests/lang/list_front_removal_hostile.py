# A list's front changed from inside callbacks that run while it is being
# sorted, compared, searched or iterated: pop(0), del l[:k], insert(0, x)
# move its start offset in SafePy; the results must be CPython's.

l = list(range(10, 0, -1))
def key(x):
    if l:
        l.pop(0)
    return x
try:
    l.sort(key=key)
except ValueError as e:
    print("sort:", e)
print(l)

l = list(range(20))
del l[:5]
def key2(x):
    l.insert(0, -x)
    return -x
try:
    l.sort(key=key2)
except ValueError as e:
    print("sort:", e)
print(l)

class Eq:
    def __init__(self, target):
        self.target = target
    def __eq__(self, other):
        if self.target:
            del self.target[:2]
        return False
    def __repr__(self):
        return "Eq()"

l = list(range(12))
print(l.count(Eq(l)), l)
l = list(range(12))
try:
    l.index(Eq(l))
except ValueError as e:
    print("index:", e)
print(l)
l = list(range(12))
try:
    l.remove(Eq(l))
except ValueError as e:
    print("remove:", e)
print(l)
l = list(range(12))
print(Eq(l) in l, l)

# Iterators see the shifted items.
l = list(range(8))
it = iter(l)
print(next(it), next(it))
l.pop(0)
l.pop(0)
print(list(it))
l = list(range(8))
r = reversed(l)
print(next(r))
del l[:3]
print(list(r))

# A queue grown and drained many times keeps its contents exact.
q = []
out = []
for i in range(3000):
    q.append(i)
    if i % 3 == 0:
        q.insert(0, -i)
    if i % 2 == 0:
        out.append(q.pop(0))
print(len(q), q[:5], q[-5:], sum(out), len(out))
