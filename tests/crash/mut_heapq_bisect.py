# heapq and bisect over a list that __lt__ clears, extends or replaces
# while the algorithm runs.  CPython's C heapq raises RuntimeError
# ("list changed size during iteration") or IndexError; the pure-Python
# versions may raise IndexError (SafePy has no C _heapq: it runs the
# pure-Python heapq, so the exception types differ).  Nothing may crash.
import heapq
import bisect
heap = []
class K:
    def __init__(self, v, act):
        self.v = v
        self.act = act
    def __lt__(self, other):
        self.act()
        return self.v < getattr(other, 'v', other)
    def __le__(self, other):
        self.act()
        return self.v <= getattr(other, 'v', other)
    def __gt__(self, other):
        self.act()
        return self.v > getattr(other, 'v', other)
def clear():
    heap.clear()
def grow():
    if len(heap) < 30:
        heap.append(K(-1, noop))
def replace():
    heap[:] = [K(0, noop)]
def noop():
    pass
def run(name, f):
    try:
        f()
        r = 'ok'
    except (RuntimeError, IndexError, TypeError) as e:
        r = type(e).__name__
    print(name, r, len(heap) <= 120)
for act in (clear, grow, replace):
    n = act.__name__
    for op, f in [
        ('heappush', lambda: heapq.heappush(heap, K(3, act))),
        ('heappop', lambda: heapq.heappop(heap)),
        ('heapify', lambda: heapq.heapify(heap)),
        ('heapreplace', lambda: heapq.heapreplace(heap, K(4, act))),
        ('heappushpop', lambda: heapq.heappushpop(heap, K(4, act))),
        ('nsmallest', lambda: heapq.nsmallest(3, heap)),
        ('nlargest', lambda: heapq.nlargest(3, heap)),
        ('insort', lambda: bisect.insort(heap, K(5, act))),
        ('bisect_left', lambda: bisect.bisect_left(heap, K(5, act))),
        ('bisect_right', lambda: bisect.bisect_right(heap, 5, key=lambda k: (act(), k.v)[1])),
    ]:
        heap[:] = [K(i, act) for i in range(6)]
        run(n + ' ' + op, f)
# bisect with lo/hi beyond a list that the key shrinks
data = list(range(20))
def shrinking_key(x):
    if data:
        data.pop()
    return x
try:
    print(bisect.bisect_left(data, 10, 0, 20, key=shrinking_key))
except IndexError as e:
    print(type(e).__name__)
print('done')
