# argument parser error order (missing required before unknown keywords), __bool__/__len__ = None
def e(s):
    try:
        r = eval(s)
        print(s, "->", repr(r))
    except Exception as ex:
        print(s, "->", type(ex).__name__, ex)
class BN:
    __bool__ = None
class LN:
    __len__ = None
class LNB:
    __len__ = None
    def __bool__(self): return False
for s in '''pow(2, y=3)
pow(2, exp=3, z=1)
pow(2, 3, base=1)
pow(base=2, mod=3)
round(x=1)
round(1.5, number=2)
compile('1', 'f', mode='exec', source='x')
compile('1', mode='exec')
compile('1', 'f', 'exec', zz=1, flags=0)
open(file='x', fil=1)
open('x', file='y')
int('5', bas=2)
sorted([], key=None, x=1)
divmod(x=1)
bool(BN())
not BN()
1 if BN() else 2
bool(LN())
bool(LNB())
[x for x in [1] if BN()]
'''.strip().split('\n'):
    e(s)
