class V:
    def __init__(self, x): self.x = x
    def __add__(self, o):
        if isinstance(o, V): return V(self.x + o.x)
        if isinstance(o, int): return V(self.x + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd", o)
        return self + o
    def __mul__(self, k): return V(self.x * k)
    def __rmul__(self, k): return V(self.x * k * 10)
    def __repr__(self): return f"V({self.x})"

print(V(1) + V(2), V(1) + 5, 5 + V(1), V(2) * 3, 3 * V(2))
print(sum([V(1), V(2), V(3)]))
try:
    V(1) + "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "s" + V(1)
except TypeError as e:
    print(type(e).__name__, e)

class Base:
    def __add__(self, o): return "Base.add"
    def __radd__(self, o): return "Base.radd"
class Derived(Base):
    def __radd__(self, o): return "Derived.radd"
print(Base() + Derived())
print(Derived() + Base())
class Same(Base): pass
print(Base() + Same())

for op in ["-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"]:
    try:
        eval(f"object() {op} 1")
    except TypeError as e:
        print(e)
try:
    pow(object(), 1, 2)
except TypeError as e:
    print(e)
