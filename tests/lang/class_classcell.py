class A:
    def cls(self):
        return __class__
    def s(self):
        return super().__class__.__name__
print(A().cls() is A, A().s())
class B(A):
    def cls2(self):
        return __class__, super().cls()
print(B().cls2()[0] is B, B().cls2()[1] is A)
def make():
    class Local:
        def me(self): return __class__.__qualname__
    return Local
print(make()().me())
