class K:
    count = 0
    @classmethod
    def make(cls, n):
        return cls.__name__, n
    @staticmethod
    def add(a, b):
        return a + b
    def inst(self):
        return "inst"

class L(K):
    pass

print(K.make(1), L.make(2), L().make(3))
print(K.add(1, 2), K().add(3, 4))
print(type(K.__dict__["make"]).__name__, type(K.__dict__["add"]).__name__)
print(K.__dict__["make"].__func__ is K.make.__func__)
print(K.make.__self__ is K, L().make.__self__ is L)
sm = staticmethod(len)
print(sm("abc"), sm.__func__ is len)
print(K.__dict__["add"].__get__(None, K) is K.__dict__["add"].__func__)
m = K().inst
print(m(), m.__self__.__class__.__name__, m.__func__ is K.inst)
print(K.inst(K()))
def f(self): return "f"
K.g = f
print(K().g())
