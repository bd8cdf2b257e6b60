class Ver:
    def __init__(self, n): self.n = n
    def __eq__(self, o):
        if not isinstance(o, Ver): return NotImplemented
        return self.n == o.n
    def __lt__(self, o):
        if not isinstance(o, Ver): return NotImplemented
        return self.n < o.n
    def __repr__(self): return f"Ver({self.n})"

print(Ver(1) == Ver(1), Ver(1) != Ver(1), Ver(1) != Ver(2))
print(Ver(1) < Ver(2), Ver(2) > Ver(1), sorted([Ver(3), Ver(1), Ver(2)]))
print(Ver(1) == 1, 1 == Ver(1), Ver(1) != "x")
try:
    Ver(1) <= Ver(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Ver(1) < 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    object() < object()
except TypeError as e:
    print(type(e).__name__, e)
o = object()
print(o == o, o != o, o == object())

class Spy:
    def __init__(self, name): self.name = name
    def __eq__(self, o):
        print(self.name, "eq", o.name)
        return NotImplemented
class SubSpy(Spy): pass
Spy("a") == SubSpy("b")
SubSpy("c") == Spy("d")
Spy("e") == Spy("f")

class R:
    def __gt__(self, o):
        print("R.__gt__")
        return True
class L: pass
print(L() < R())
print(Ver(1) in [Ver(0), Ver(1)])
