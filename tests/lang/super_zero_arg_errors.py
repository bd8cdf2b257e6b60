class A:
    def m(*a):
        return super()
    def n(self):
        nonlocal_test = 1
        return super()
    def o(self):
        __class__ = 5
        return super()
    def p(self):
        def q():
            nonlocal __class__
            __class__ = 5
        q()
        return super()
    def r(self):
        def q():
            nonlocal __class__
            del __class__
        q()
        return super()
for f in ("m", "n", "o", "p", "r"):
    try:
        print(f, getattr(A(), f)())
    except Exception as e:
        print(f, type(e).__name__, e)
def outside(self):
    return super()
try:
    outside(1)
except Exception as e:
    print(type(e).__name__, e)
