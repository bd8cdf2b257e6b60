# super(): argument errors and zero-argument form
def e(s):
    try:
        r = eval(s)
        print(s, "->", repr(r))
    except Exception as ex:
        print(s, "->", type(ex).__name__, ex)
def run(cases):
    for c in cases.strip().split("\n"):
        e(c.strip())

class A:
    def f(self):
        return 'A.f'
    @classmethod
    def c(cls):
        return 'A.c ' + cls.__name__
class B(A):
    def f(self):
        return 'B>' + super().f()
    @classmethod
    def c(cls):
        return 'B>' + super().c()
    def g(self):
        return super(B, self).f()
    @staticmethod
    def s():
        return super().f()
def outside():
    return super()
b = B()
print(b.f(), B.c(), b.g())
run("""
super(1)
super(int, 1)
super(x=1)
super(B, 1)
super(B, A())
super(B, b).f()
super(B, B).c()
super(A, b).f
super(B).__self__
super(B, b).__thisclass__
super(B, b).__self_class__
super(B, B).__self__
B.s()
outside()
super()
super(B, b).nonexistent
""")
