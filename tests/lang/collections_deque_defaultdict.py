from _collections import deque, defaultdict
d = deque([1,2,3], maxlen=5); print(d, deque(), deque('ab'))
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
t(lambda: deque().pop()); t(lambda: deque().popleft()); t(lambda: deque([1])[5]); t(lambda: deque([1]).index(7)); t(lambda: deque([1]).remove(7))
t(lambda: deque([1])[1:2]); t(lambda: deque(maxlen=-1)); t(lambda: deque([1],1).insert(0,2)); t(lambda: deque([1])['a'])
dd = defaultdict(list); dd['a'].append(1); print(dd, defaultdict(), defaultdict(int, a=1))
t(lambda: defaultdict(1)); t(lambda: defaultdict()[1])
print(repr(dd.copy()), type(dd.copy()).__name__, dd.default_factory)
x = deque([1,2,3]); x.rotate(1); print(x); x.rotate(-2); print(x)
t(lambda: deque([1]) + [2])
print(deque([1]) == deque([1]), deque([1]) < deque([2]), deque([1,2]) * 2, 2 in deque([1,2]))
q = deque()
for i in range(10):
    q.append(i)
    if i % 3 == 0:
        q.popleft()
print(q, len(q), q[0], q[-1], list(reversed(q)))
q.appendleft(-1); q.extendleft([7, 8]); q.insert(2, 'x'); del q[1]; q[0] = 'z'
print(q, q.count(5), q.index(5))
b = deque(range(5), maxlen=3)
b.append(9); b.appendleft(-9)
print(b, b.maxlen)
c = defaultdict(int)
for ch in 'hello':
    c[ch] += 1
print(c, dict(c), isinstance(c, dict), c.get('zz'), 'zz' in c)
try:
    for v in q:
        q.append(1)
except RuntimeError as e:
    print(e)
print(type(deque).__name__, deque.__module__, defaultdict.__module__, deque)
