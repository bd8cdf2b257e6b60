# __init_subclass__, __mro_entries__ and __class_getitem__ that misbehave:
# raise, return odd values, mutate the class or its bases, recurse.
def t(label, fn):
    try:
        r = fn()
        print(label, 'ok', r)
    except (TypeError, ValueError, RuntimeError, KeyError) as e:
        print(label, type(e).__name__, e)
class Raiser:
    def __init_subclass__(cls, **kw):
        raise KeyError('no subclasses')
t('init_subclass raises', lambda: type('S', (Raiser,), {}))
class Mutator:
    def __init_subclass__(cls, **kw):
        cls.__bases__ = (object,)
        cls.added = kw
t('init_subclass changes bases', lambda: (lambda C: (C.__mro__, C.added))(type('S', (Mutator,), {}, )))
class Kw:
    def __init_subclass__(cls, *, flag):
        cls.flag = flag
def mk_kw():
    class S(Kw, flag=3):
        pass
    return S.flag
t('init_subclass kw', mk_kw)
t('init_subclass missing kw', lambda: type('S', (Kw,), {}))
class ME:
    def __init__(self, ret):
        self.ret = ret
    def __mro_entries__(self, bases):
        return self.ret
for ret in [(), (int,), (object, object), [object], 5, None, (ME(()),), (type('B', (), {}),)]:
    def make(ret=ret):
        class C(ME(ret)):
            pass
        return C.__mro__
    t('mro_entries %r' % (ret,), make)
class MERaises:
    def __mro_entries__(self, bases):
        raise RuntimeError('entries')
def make_raises():
    class C(MERaises()):
        pass
t('mro_entries raises', make_raises)
class CG:
    def __class_getitem__(cls, item):
        return cls.__class_getitem__(item) if item == 'recurse' else (cls.__name__, item)
t('class_getitem', lambda: CG[int])
t('class_getitem recursion', lambda: CG['recurse'])
class CGNone:
    __class_getitem__ = None
t('class_getitem None', lambda: CGNone[1])
class CGInt:
    __class_getitem__ = 5
t('class_getitem int', lambda: CGInt[1])
t('list[int] as base', lambda: type('L', (list[int],), {}).__mro__)
t('int | str as base', lambda: type('U', (int | str,), {}))
