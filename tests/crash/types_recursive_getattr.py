class A:
    def __getattr__(self, name):
        return getattr(self, name + "x")
try:
    A().foo
except RecursionError as e:
    print("RecursionError")
class B:
    def __repr__(self):
        return repr(self)
try:
    repr(B())
except RecursionError:
    print("RecursionError")
class C:
    def __eq__(self, o):
        return self == o
try:
    C() == C()
except RecursionError:
    print("RecursionError")
class D:
    @property
    def p(self):
        return self.p
try:
    D().p
except RecursionError:
    print("RecursionError")
class E:
    def __getattribute__(self, n):
        return object.__getattribute__(self, "x" + n)
try:
    E().a
except (RecursionError, AttributeError) as e:
    print(type(e).__name__)
