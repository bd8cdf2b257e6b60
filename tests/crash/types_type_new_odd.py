# type() / type.__new__ with odd arguments: non-str names, names with NUL,
# non-tuple bases, non-type bases, non-dict namespaces, dict subclasses
# with hostile methods, a wrong metatype, bad __qualname__/__classcell__,
# and keyword arguments.  TypeError/ValueError, never a half-built class.
def t(label, fn):
    try:
        r = fn()
        print(label, 'ok', getattr(r, '__name__', type(r).__name__))
    except (TypeError, ValueError, RuntimeError, AttributeError, UnicodeError) as e:
        print(label, type(e).__name__, e)
class Hostile(dict):
    def __getitem__(self, k):
        raise RuntimeError('getitem')
    def keys(self):
        raise RuntimeError('keys')
    def __iter__(self):
        raise RuntimeError('iter')
t('name int', lambda: type(5, (), {}))
t('name bytes', lambda: type(b'X', (), {}))
t('name NUL', lambda: type('a\0b', (), {}))
t('name surrogate', lambda: type('\udc80', (), {}))
t('bases list', lambda: type('X', [object], {}))
t('bases int', lambda: type('X', (1,), {}))
t('bases None', lambda: type('X', None, {}))
t('bases bool', lambda: type('X', (bool,), {}))
t('ns list', lambda: type('X', (), []))
t('ns hostile', lambda: type('X', (), Hostile(a=1)))
t('two args', lambda: type('X', ()))
t('four args', lambda: type('X', (), {}, 1))
t('kwargs', lambda: type('X', (), {}, flag=1))
t('qualname int', lambda: type('X', (), {'__qualname__': 5}))
t('classcell int', lambda: type('X', (), {'__classcell__': 5}))
t('slots and dict', lambda: type('X', (), {'__slots__': ('__dict__',), '__dict__': 1}))
t('type.__new__(int)', lambda: type.__new__(int, 'X', (), {}))
t('type.__new__(5)', lambda: type.__new__(5, 'X', (), {}))
t('type.__new__ no args', lambda: type.__new__(type))
t('type.__init__ odd', lambda: type.__init__(type('X', (), {}), 1, 2, 3, 4))
t('metaclass conflict', lambda: type('X', (type('M1', (type,), {})('A', (), {}), type('M2', (type,), {})('B', (), {})), {}))
t('module name not str', lambda: type('X', (), {'__module__': 5}).__module__)
t('doc non-str', lambda: type('X', (), {'__doc__': 5}).__doc__)
t('__new__ non-function', lambda: type('X', (), {'__new__': 5})())
t('__init_subclass__ int', lambda: type('Y', (type('X', (), {'__init_subclass__': 5}),), {}))
X = type('X', (), {})
t('rename int', lambda: setattr(X, '__name__', 5))
t('rename NUL', lambda: setattr(X, '__name__', 'a\0'))
t('requalname', lambda: setattr(X, '__qualname__', None))
t('set __mro__', lambda: setattr(X, '__mro__', ()))
t('set __dict__', lambda: setattr(X, '__dict__', {}))
t('set __base__', lambda: setattr(X, '__base__', int))
