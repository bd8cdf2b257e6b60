# sum(): fast paths vs subclasses with __add__/__radd__, signed zeros, mixed int/float/complex
class I(int):
    def __radd__(self, o): return 'I.radd'
    def __add__(self, o): return 'I.add'
class F(float):
    def __radd__(self, o): return 'F.radd'
    def __add__(self, o): return 'F.add'
def e(s):
    try:
        print(s, '->', repr(eval(s)))
    except Exception as ex:
        print(s, '->', type(ex).__name__, ex)
for s in ['sum([I(2)])', 'sum([1, I(2)])', 'sum([1.5, I(2)])', 'sum([1.5, F(2.0)])', 'sum([F(1.0), 1])', 'sum([1, F(2.0)])', 'sum([I(1), 1])', 'sum([], I(5))', 'sum([1], I(5))', 'sum([1.5], F(1.0))', 'sum([True, 1.5])', 'sum([1.5, True])', 'sum([2**63, 1.5])', 'sum([1.5, 2**63])', 'sum([1.5, 10**400])', 'sum([10**400, 1.5])', 'sum([1, 2**62, 2**62, -2**62])', 'sum([0.0, -0.0])', 'sum([-0.0, -0.0])', 'sum([-0.0])', 'sum([], -0.0)', 'sum([-0.0], -0.0)', 'sum([1e16, 1.0, -1e16])', 'sum([float("inf"), 1])', 'sum([1, float("nan")])', 'sum([1+2j, 1.5])', 'sum([1.5, 1j])']:
    e(s)
