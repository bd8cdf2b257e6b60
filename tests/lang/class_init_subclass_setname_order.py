class D:
    def __set_name__(self, owner, name):
        print("set_name", name, hasattr(owner, "ready"))
class Base:
    def __init_subclass__(cls):
        print("init_subclass", cls.__name__)
        cls.ready = True
class C(Base):
    a = D()
    b = D()
print(C.ready)
class BadSetName:
    def __set_name__(self, owner, name):
        raise ValueError("nope " + name)
try:
    class X:
        attr = BadSetName()
except Exception as e:
    print(type(e).__name__, e)
