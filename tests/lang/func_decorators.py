# Decorators on functions and classes, applied bottom-up.
def trace(tag):
    def deco(fn):
        def wrapper(*args, **kwargs):
            print("call", tag, fn.__name__, args, kwargs)
            return fn(*args, **kwargs)
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco

@trace("outer")
@trace("inner")
def add(a, b=0):
    return a + b
print(add(1, b=2))
print(add.__name__)

def register(cls):
    cls.registered = True
    return cls

@register
class C:
    pass
print(C.registered)

class K:
    @staticmethod
    def s(x):
        return x * 2
    @classmethod
    def c(cls):
        return cls.__name__
    @property
    def p(self):
        return 5
print(K.s(2), K.c(), K().p)
