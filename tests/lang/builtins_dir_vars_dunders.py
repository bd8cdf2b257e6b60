# dir/vars of modules and odd __dir__, None dunders, str/repr/format dispatch, min/max/sorted keys
def e(s):
    try:
        r = eval(s)
        print(s, "->", repr(r))
    except Exception as ex:
        print(s, "->", type(ex).__name__, ex)
import sys
class ModDir:
    pass
m = type(sys)('mymod')
m.b = 1; m.a = 2
m2 = type(sys)('m2')
m2.__dir__ = lambda: ['z', 'y']
m3 = type(sys)('m3')
m3.__dict__['__dict__'] = 5
class BadDictObj:
    pass
bdo = BadDictObj()
class IterNone:
    __iter__ = None
class NextInst:
    def __iter__(self): return self
ni = NextInst(); ni.__next__ = lambda: 1
class LenNone:
    __len__ = None
class HashNone:
    __hash__ = None
class Reprs:
    def __repr__(self): return 'R'
    def __str__(self): return 'S'
class DirList:
    def __dir__(self): return ('b', 'a', 'b')
class DirGen:
    def __dir__(self): return (x for x in 'cab')
class DirBad:
    def __dir__(self): return [1, 'a']
for s in '''dir(m)
dir(m2)
dir(DirList())
dir(DirGen())
dir(DirBad())
iter(IterNone())
next(ni)
len(LenNone())
hash(HashNone())
str(Reprs()), repr(Reprs()), format(Reprs()), ascii(Reprs())
'%s %r' % (Reprs(), Reprs())
f'{Reprs()!r} {Reprs()!s} {Reprs()!a}'
[Reprs()]
{Reprs(): 1} if False else 0
vars(m)['b']
sorted(vars(m))
isinstance(vars(int), dict)
vars(int)['real']
type(vars(int)).__name__
list(map(lambda x: locals(), [1]))
max('a', 'b', key=str.upper)
max(['a', 'B'], key=str.lower)
min([], default=1, key=len)
max(x for x in [])
min(iter([5]))
sorted([3, 2, 1], key=lambda x: x % 2)
sorted(['b', 'A', 'a'], key=str.lower, reverse=True)
list(zip(*[[1, 2], [3, 4]]))
list(map(max, [1, 2], [3, 0]))
sum((0.1 for _ in range(3)), 0.0)
enumerate('ab').__next__()
next(enumerate('ab', 5))
reversed(range(5)).__length_hint__()
iter([]).__length_hint__()
getattr(sys, 'nonexist', None)
hasattr(sys, '__dict__')
callable(type(sys))
'''.strip().split('\n'):
    e(s)
