# binary operator dispatch: reflected operands, subclass priority, NotImplemented
def e(s):
    try:
        r = eval(s)
        print(s, "->", repr(r))
    except Exception as ex:
        print(s, "->", type(ex).__name__, ex)
class A:
    def __add__(self, o): return 'A.add'
    def __radd__(self, o): return 'A.radd'
class B(A):
    def __radd__(self, o): return 'B.radd'
class C(A):
    pass
class NI:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
class I(int):
    def __radd__(self, o): return 'I.radd'
    def __rsub__(self, o): return 'I.rsub'
class F(float):
    def __rmul__(self, o): return 'F.rmul'
class S(str):
    def __radd__(self, o): return 'S.radd'
class L(list):
    def __radd__(self, o): return 'L.radd'
class Lt:
    def __lt__(self, o): return 'Lt.lt'
class LtSub(Lt):
    def __gt__(self, o): return 'LtSub.gt'
class Eq:
    def __eq__(self, o): return 'Eq.eq'
class EqSub(Eq):
    def __eq__(self, o): return 'EqSub.eq'
class RS:
    def __rsub__(self, o): return 'RS.rsub'
    def __rpow__(self, o): return 'RS.rpow'
    def __rmatmul__(self, o): return 'RS.rmatmul'
    def __rlshift__(self, o): return 'RS.rlshift'
    def __rtruediv__(self, o): return 'RS.rtruediv'
    def __rfloordiv__(self, o): return 'RS.rfloordiv'
    def __rmod__(self, o): return 'RS.rmod'
    def __rdivmod__(self, o): return 'RS.rdivmod'
    def __rand__(self, o): return 'RS.rand'
    def __ror__(self, o): return 'RS.ror'
    def __rxor__(self, o): return 'RS.rxor'
    def __rrshift__(self, o): return 'RS.rrshift'
    def __rmul__(self, o): return 'RS.rmul'
class IAdd:
    def __iadd__(self, o): return 'IAdd.iadd'
for s in '''A() + B()
B() + A()
A() + C()
C() + A()
1 + B()
NI() + NI()
NI() + 1
1 + NI()
1 + I(2)
I(2) + 1
1 - I(2)
2 * F(1.0)
F(1.0) * 2
'a' + S('b')
S('a') + 'b'
[1] + L([2])
L([1]) + [2]
Lt() < Lt()
Lt() < LtSub()
LtSub() > Lt()
Eq() == EqSub()
EqSub() == Eq()
Eq() != Eq()
1 == Eq()
1 - RS()
1 ** RS()
1 @ RS()
1 << RS()
1 / RS()
1 // RS()
1 % RS()
divmod(1, RS())
1 & RS()
1 | RS()
1 ^ RS()
1 >> RS()
'a' * RS()
[1] * RS()
pow(1, RS())
True + True
True & False
True | 2
~True
-False
1 + 1.0 + 1j
2 ** -1
(-8) ** (1/3)
0 ** -1
0.0 ** -1
10 ** 400 * 1.0
2 ** 0.5 == 2 ** 0.5
1 / 0
1 // 0
1 % 0
1.0 % 0
divmod(1, 0.0)
5 // 0.0
1 << -1
1 >> -1
'a' < 'b' < 'c'
None == None
NotImplemented == NotImplemented
'''.strip().split('\n'):
    e(s)
x = IAdd(); x += 1; print(x)
