# A metaclass's mro() that lists a class outside the hierarchy: changes to
# that class must be seen by lookups on the class and its subclasses (they
# are never cached), and deleting the method must not leave a stale entry.
# (CPython 3.11.2 segfaults on this very program.)
class Other:
    def o(self):
        return 'o1'
class M(type):
    def mro(cls):
        return (cls, Other, object)
class A:
    pass
X = M('X', (A,), {})
class Y(X):
    pass
x, y = X(), Y()
print(x.o(), y.o())
Other.o = lambda self: 'o2'
print(x.o(), y.o())
del Other.o
print(hasattr(x, 'o'), hasattr(y, 'o'))
Other.__init__ = lambda self: setattr(self, 'inited', True)
print(getattr(X(), 'inited', False))
