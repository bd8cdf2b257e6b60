# dunders set to None: the slot exists and calls None (except __hash__/__iter__/__reversed__/__contains__)
def e(s):
    try:
        r = eval(s)
        print(s, "->", repr(r))
    except Exception as ex:
        print(s, "->", type(ex).__name__, ex)
class CallN: __call__ = None
class GetN: __getitem__ = None
class SetN: __setitem__ = None
class DelN: __delitem__ = None
class EqN: __eq__ = None
class AddN: __add__ = None
class RAddN: __radd__ = None
class NegN: __neg__ = None
class IdxN: __index__ = None
class ReprN: __repr__ = None
class StrN: __str__ = None
class IntN: __int__ = None
class FloatN: __float__ = None
class AbsN: __abs__ = None
class LtN: __lt__ = None
class FmtN: __format__ = None
class RevN:
    __reversed__ = None
def seti(o):
    o[0] = 1
def deli(o):
    del o[0]
for s in '''callable(CallN())
CallN()()
GetN()[0]
seti(SetN())
deli(DelN())
EqN() == 1
1 == EqN()
EqN() != 1
AddN() + 1
1 + AddN()
1 + RAddN()
-NegN()
[1][IdxN()]
repr(ReprN())
str(StrN())
int(IntN())
float(FloatN())
abs(AbsN())
LtN() < 1
1 > LtN()
format(FmtN())
reversed(RevN())
'''.strip().split('\n'):
    e(s)
