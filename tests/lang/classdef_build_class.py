# class statements: __qualname__, __module__, __doc__, metaclass, __prepare__, kwargs.
class Outer:
    """Outer doc"""
    class Inner:
        def method(self):
            pass
print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.method.__qualname__)
print(Outer.__module__, Outer.__doc__)
def factory():
    class Local:
        pass
    return Local
print(factory().__qualname__)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

class WithMeta(metaclass=Meta, flag=True):
    x = 1
    def f(self):
        return self.x
print(type(WithMeta).__name__, WithMeta.injected, WithMeta().f())

class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Sub(Base, tag="t1"):
    pass
print(Sub.tag)
class Empty: pass
print(Empty.__bases__, Empty.__name__)
