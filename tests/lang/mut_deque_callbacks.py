# deque operations whose element __eq__ / iteration mutate the deque:
# count, index, remove, `in`, ==, iteration, extend(self), rotate during
# iteration.  CPython raises RuntimeError("deque mutated during
# iteration") / ("deque mutated during remove.").
from _collections import deque
dq = deque()
class E:
    def __init__(self, act):
        self.act = act
    def __eq__(self, other):
        self.act()
        return False
    __hash__ = None
def clear():
    dq.clear()
def append():
    dq.append(0)
def rotate():
    dq.rotate(1)
for act in (clear, append, rotate):
    for name in ('count', 'index', 'remove', 'in', 'eq'):
        dq.clear()
        dq.extend(E(act) for _ in range(5))
        try:
            if name == 'in':
                r = 7 in dq
            elif name == 'eq':
                r = dq == deque(range(5))
            else:
                r = getattr(dq, name)(7)
            print(act.__name__, name, r, len(dq))
        except (RuntimeError, ValueError, IndexError) as e:
            print(act.__name__, name, type(e).__name__, e, len(dq))
# iterate while mutating
dq = deque(range(5))
try:
    for x in dq:
        dq.append(x)
except RuntimeError as e:
    print(type(e).__name__, e)
dq = deque(range(5))
try:
    for x in reversed(dq):
        dq.popleft()
except RuntimeError as e:
    print(type(e).__name__, e)
# extend with itself, extendleft with itself, += itself
dq = deque(range(3))
dq.extend(dq)
dq.extendleft(dq)
dq += dq
print(list(dq))
# bounded deque extend with a generator that mutates it
dq = deque(range(3), maxlen=4)
def g():
    for i in range(6):
        dq.appendleft(-i)
        yield i
dq.extend(g())
print(list(dq))
# deque.index with start/stop and a shrinking __eq__
dq = deque(E(clear) for _ in range(5))
try:
    dq.index(1, 1, 4)
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
# comparisons: __eq__ says True but mutates -> the walk notices
class T:
    def __init__(self, d):
        self.d = d
    def __eq__(self, other):
        self.d.append(1)
        return True
    def __lt__(self, other):
        return True
    __hash__ = None
d1 = deque()
d1.extend([T(d1), T(d1)])
for op in ('==', '!=', '<', '>='):
    try:
        print(op, eval('d1 %s deque([1, 2])' % op))
    except RuntimeError as e:
        print(op, type(e).__name__, e)
d1 = deque([1, 2, 3])
print(d1 == d1, d1 != d1, d1 < d1, d1 <= d1, deque([1]) < deque([1, 0]))
