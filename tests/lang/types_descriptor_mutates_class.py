# Descriptors whose __get__/__set__ mutate the class during the lookup:
# delete themselves, replace the method being looked up, change the
# instance's __class__, the class's __bases__, or the metaclass's
# attributes.  Every lookup must give a valid object or an exception.
class Base:
    def m(self):
        return 'Base.m'
class Other:
    def m(self):
        return 'Other.m'
class SelfDeleting:
    def __get__(self, obj, cls):
        del cls.d
        cls.m = lambda self: 'replaced'
        return 'got'
class ClassSwapper:
    def __get__(self, obj, cls):
        if obj is not None:
            obj.__class__ = Swapped
        return 'swapped'
class BasesSwapper:
    def __get__(self, obj, cls):
        cls.__bases__ = (Other,) if cls.__bases__ == (Base,) else (Base,)
        return 'bases'
class DataMutator:
    def __get__(self, obj, cls):
        cls.__dict__  # read the mappingproxy while we change it
        setattr(cls, 'new_%d' % len(cls.__dict__), 1)
        return 'data'
    def __set__(self, obj, v):
        type(obj).dm = v
class K(Base):
    d = SelfDeleting()
    cs = ClassSwapper()
    bs = BasesSwapper()
    dm = DataMutator()
class Swapped(Base):
    pass
k = K()
print(k.d, k.m(), hasattr(K, 'd'))
print(k.cs, type(k).__name__, k.m())
k2 = K()
for i in range(4):
    print(k2.bs, k2.m(), K.__bases__[0].__name__)
for i in range(3):
    print(k2.dm)
k2.dm = 'plain'
print(k2.dm, K.dm)
# A method looked up in a loop while the loop replaces it.
class L:
    def step(self):
        L.step = lambda self: 'second'
        return 'first'
obj = L()
print([obj.step() for _ in range(3)])
# __getattr__ that changes the class's attributes while it is consulted.
class G:
    def __getattr__(self, name):
        setattr(G, name, 'made ' + name)
        del G.__getattr__
        return 'fallback'
g = G()
print(g.a, g.a, g.b if hasattr(G, 'b') else 'no b')
try:
    g.zzz
except AttributeError as e:
    print('AttributeError', e)
# __set_name__ removing entries from the class namespace being built.
class Remover:
    def __set_name__(self, owner, name):
        for k in list(vars(owner)):
            if k.startswith('victim'):
                delattr(owner, k)
        owner.added = name
class W:
    victim1 = 1
    r = Remover()
    victim2 = 2
print(sorted(k for k in vars(W) if not k.startswith('__')))
