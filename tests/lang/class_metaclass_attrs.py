class Meta(type):
    meta_attr = "from meta"
    @property
    def upper_name(cls):
        return cls.__name__.upper()
    def meta_method(cls):
        return "meta_method on " + cls.__name__
    def __getattr__(cls, name):
        return "meta getattr " + name
    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"
    def __len__(cls):
        return 42
    def __getitem__(cls, k):
        return ("item", k)
class A(metaclass=Meta):
    own = "own"
print(A.meta_attr, A.upper_name, A.meta_method(), A.own, A.nothing)
print(repr(A), len(A), A[3])
try:
    A().meta_attr
except AttributeError as e:
    print(type(e).__name__, e)
class B(A): pass
print(type(B).__name__, B.upper_name, repr(B))
class Counter(type):
    count = 0
    def __call__(cls, *a, **k):
        Counter.count += 1
        return super().__call__(*a, **k)
class W(metaclass=Counter):
    def __init__(self, v): self.v = v
W(1); W(2)
print(Counter.count, W(3).v)
