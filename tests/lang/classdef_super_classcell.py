# Zero-argument super() and the __class__ cell.
class A:
    def who(self):
        return "A"
    @classmethod
    def cm(cls):
        return "A.cm " + cls.__name__
class B(A):
    def who(self):
        return "B>" + super().who()
    @classmethod
    def cm(cls):
        return "B>" + super().cm()
    def cls(self):
        return __class__
class C(B):
    def who(self):
        return "C>" + super().who()
print(C().who(), C.cm(), C().cls().__name__)
class D:
    def __init__(self, v):
        self.v = v
class E(D):
    def __init__(self, v):
        super().__init__(v * 2)
print(E(21).v)
class F(A):
    def closure(self):
        def inner():
            return super(F, self).who()
        return inner()
print(F().closure())
