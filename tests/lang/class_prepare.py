class Recorder(dict):
    def __setitem__(self, key, value):
        print("define", key)
        super().__setitem__(key, value)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return Recorder()
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, dict(ns))

class T(metaclass=Meta, option=1):
    a = 1
    def b(self): pass

print(T.a, type(T.__dict__).__name__)
print(type.__prepare__("x", ()))
