import abc
s = staticmethod(len)
s.x = 1
print(s.x, s.__dict__, s.__name__, s.__doc__[:10])
try:
    abc.abstractmethod(s); print(s.__isabstractmethod__)
except Exception as e: print(type(e).__name__, e)
def f(): 'fdoc'
c = classmethod(f); print(c.__dict__, c.__doc__, c.__name__, c.__qualname__, c.__module__)
class A:
    @staticmethod
    def g(): "gdoc"
    def __init_subclass__(cls): pass
print(A.__dict__['g'].__name__, A.__dict__['g'].__doc__, A.g.__name__, hasattr(A.__dict__['__init_subclass__'], '__qualname__'))
class Sub(staticmethod):
    pass
ss = Sub(len)
ss.y = 2
print(ss.y, ss("abc") if callable(ss) else None, type(ss).__name__)
