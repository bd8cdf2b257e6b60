class A:
    def __init__(self): self.x = 1; self.y = 2
a = A()
print(vars(a), sorted(vars(A).keys())[:3])
try:
    vars(1)
except TypeError as e:
    print(type(e).__name__, e)
print(dir(a)[-2:], "x" in dir(a), "__init__" in dir(a))
print(dir(A) == sorted(dir(A)), "x" in dir(A))
class D:
    def __dir__(self): return ["b", "a"]
print(dir(D()))
print(id(a) == id(a), id(a) != id(A()))
print(hash(1), hash("a") == hash("a"), hash((1, 2)) == hash((1, 2)))
print(callable(print), callable(None))
print(repr("x"), repr([1]))
setattr(a, "z", 9)
print(getattr(a, "z"), hasattr(a, "z"))
delattr(a, "z")
print(hasattr(a, "z"))
for f, args in [(getattr, (1,)), (setattr, (1, "x")), (hasattr, (1,)), (id, ()), (repr, ()), (callable, (1, 2)), (vars, (1, 2)), (dir, (1, 2)), (isinstance, (1,))]:
    try:
        f(*args)
    except TypeError as e:
        print(type(e).__name__, e)
def fn():
    local = 1
    return dir()
print(fn())
