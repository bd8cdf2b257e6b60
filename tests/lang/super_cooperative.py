class Root:
    def hello(self, trail):
        trail.append("Root")
        return trail
class Left(Root):
    def hello(self, trail):
        trail.append("Left")
        return super().hello(trail)
class Right(Root):
    def hello(self, trail):
        trail.append("Right")
        return super().hello(trail)
class Bottom(Left, Right):
    def hello(self, trail):
        trail.append("Bottom")
        return super().hello(trail)
print(Bottom().hello([]))

class M:
    def __init__(self, **kw):
        print("M", sorted(kw))
class N(M):
    def __init__(self, n=0, **kw):
        print("N", n)
        super().__init__(**kw)
class O(M):
    def __init__(self, o=0, **kw):
        print("O", o)
        super().__init__(**kw)
class P(N, O):
    pass
P(n=1, o=2, extra=3)

class WithNew:
    def __new__(cls, *a):
        print("WithNew.__new__", cls.__name__, a)
        return super().__new__(cls)
class Sub(WithNew):
    def __new__(cls, *a):
        return super().__new__(cls, *a)
    def __init__(self, *a):
        pass
Sub(1, 2)
