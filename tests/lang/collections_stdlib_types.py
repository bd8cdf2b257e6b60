import builtins; builtins.memoryview = bytearray
from collections import OrderedDict, Counter, defaultdict, deque, ChainMap, namedtuple
od = OrderedDict()
for k in 'hello':
    od[k] = od.get(k, 0) + 1
print(od, list(reversed(od)), od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1) == OrderedDict(a=1), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(od))
c = Counter('mississippi')
print(sorted(c.items()), c.most_common(1), sum(c.values()), c + Counter('ss'), c - Counter('sss'))
c.update('aaa')
print(c['a'], list(c.elements())[:5], Counter({'x': 2}) | Counter({'x': 3}))
dd = defaultdict(lambda: 'N/A')
print(dd["k"], dict(dd), len(dd))
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 1
print(nested['a']['b'], dict(nested['a']))
q = deque(maxlen=3)
for i in range(6):
    q.append(i)
print(q, list(q), q.maxlen)
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm))
P = namedtuple('P', ['x', 'y'], defaults=[0])
print(P(1), P(1, 2)._fields, P._make([3, 4]), tuple(P(5)))
print(isinstance(dd, dict), issubclass(defaultdict, dict), type(dd).__mro__)
