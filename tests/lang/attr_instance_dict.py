class A:
    cls_attr = "c"
a = A()
a.__dict__["direct"] = 1
print(a.direct, vars(a))
a.__dict__ = {"replaced": 2}
print(a.replaced, hasattr(a, "direct"))
try:
    a.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
print(a.cls_attr)
a.cls_attr = "shadow"
print(a.cls_attr, A.cls_attr)
del a.cls_attr
print(a.cls_attr)
def f(): pass
f.attr = 1
print(f.attr, f.__dict__)
import types
m = types.ModuleType("m")
m.q = 1
print(m.__dict__["q"])
e = ValueError("x")
e.extra = 3
print(e.extra, e.__dict__)
