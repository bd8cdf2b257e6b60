class A:
    def f(self): return "A"
class B(A):
    def f(self): return super().f()
    @staticmethod
    def s():
        return super().f()
try:
    B.s()
except RuntimeError as e:
    print(type(e).__name__, e)
def free():
    return super()
try:
    free()
except RuntimeError as e:
    print(type(e).__name__, e)
print(B().f())
print(super(B, B()).f())
s = super(B)
print(repr(s)[:22])
class C(B):
    def f(self): return "C>" + super(B, self).f()
print(C().f())
try:
    super(int, "x")
except TypeError as e:
    print(type(e).__name__, e)
