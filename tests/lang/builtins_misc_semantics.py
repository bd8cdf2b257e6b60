# getattr/hasattr with __getattr__, sum with __radd__, next on generators, misc builtins
def e(s):
    try:
        r = eval(s)
        print(s, "->", repr(r))
    except Exception as ex:
        print(s, "->", type(ex).__name__, ex)
class GA:
    def __getattr__(self, n):
        if n == 'boom': raise ValueError('b')
        if n == 'x': return 'dyn'
        raise AttributeError(n)
class GAttr:
    def __getattribute__(self, n):
        raise KeyError(n)
class Dprop:
    @property
    def __dict__(self):
        return {'fake': 1}
class Radd:
    def __radd__(self, o):
        return ('radd', o)
class Gen:
    def __iter__(self):
        yield 1
        return 5
def gen():
    yield 1
    return 'ret'
g = gen(); next(g)
class KeyErr:
    pass
import sys
for s in '''getattr(GA(), 'x')
getattr(GA(), 'y', 'd')
getattr(GA(), 'boom', 'd')
hasattr(GA(), 'boom')
hasattr(GA(), 'y')
hasattr(GAttr(), 'x')
getattr(GAttr(), 'x', 1)
sum([Radd()])
sum([1, Radd()])
next(g)
next(g, 'd')
list(Gen())
max([1, 2], key=lambda x: 1/0)
min([], key=lambda x: 1/0, default=7)
sorted([3, 1], key=lambda x: 1/0)
callable(GA())
callable(GA)
callable(print)
callable(staticmethod(len))
callable(property())
dir(GA())[:3]
isinstance(GAttr(), GAttr)
ascii('\\x00\\x7f\\x80\\uffff\\U00010000')
format(1, '')
format(True)
format(1.0)
round(0.5), round(1.5), round(-1.5)
divmod(-0.0, 1)
pow(-1, 0.5)
pow(0, 0)
pow(0.0, 0)
abs(-0.0)
len(sys.argv) > 0
list(map(lambda *a: a, 'ab', 'xyz'))
list(zip('ab', 'xyz', 'pq'))
list(enumerate('ab', start=-5))
list(filter(str.isdigit, 'a1b2'))
list(reversed([]))
sorted([], reverse=True)
sum([[]], [])
all(iter(()))
any(iter(()))
chr(0x7f) + chr(0x80)
ord('\\x80')
bin(-0), oct(-0), hex(-0)
bin(True)
hex(2**64)
int.__name__, type(int).__name__
tuple(reversed(range(5)))[::2]
list(iter(range(3)))
slice(1, 2, 3).indices(10)
range(0, 10, 3)[-1]
isinstance(range, type)
globals()['__name__']
type(__builtins__).__name__
'print' in dir(__builtins__)
__builtins__.len is len
eval('__builtins__') is __builtins__
'''.strip().split('\n'):
    e(s)
