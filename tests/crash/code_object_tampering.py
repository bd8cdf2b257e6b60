# Code objects come only from SafePy's compiler (DESIGN.md section 2): no
# way to build one (types.CodeType(...)), change what its bytecode depends
# on (code.replace changes only names, file name, first line and the
# CO_ITERABLE_COROUTINE flag), read or change its bytecode (co_code), give
# a function a code object whose free variables its closure lacks
# (f.__code__ = takes only a compiled code object with as many free
# variables), or make a function from a code object with other globals or
# a made-up closure (types.FunctionType).  Each attempt must be refused cleanly; the
# tampering that IS allowed (defaults, keyword defaults, cell contents,
# the globals dict's contents) must keep working without harm.
import types

def t(label, fn):
    try:
        r = fn()
        print(label, 'ok', r)
    except (TypeError, AttributeError, ValueError, NameError) as e:
        print(label, type(e).__name__)

def f(a, b=2, *c, d=4, **e):
    return a, b, c, d, e
def g():
    return 'g'
def mk():
    x = 'cell'
    def inner():
        return x
    return inner
inner = mk()
co = f.__code__

# Building and editing code objects.
t('CodeType()', lambda: types.CodeType())
t('CodeType(16 args)', lambda: types.CodeType(0, 0, 0, 0, 0, 0, b'\x97\x00d\x00S\x00', (None,), (), (), 'x', 'x', 'x', 1, b'', b''))
t('type(co)(...)', lambda: type(co)(*([0] * 18)))
t('co.replace', lambda: co.replace(co_code=b'\x00' * 8))
t('co.replace consts', lambda: co.replace(co_consts=(1, 2)))
t('co.replace names', lambda: co.replace(co_names=('os',)))
t('co.replace varnames', lambda: co.replace(co_varnames=()))
t('co.co_code', lambda: co.co_code)
t('co._co_code_adaptive', lambda: co._co_code_adaptive)
t('set co_consts', lambda: setattr(co, 'co_consts', ()))
t('set co_names', lambda: setattr(co, 'co_names', ()))
t('set co_argcount', lambda: setattr(co, 'co_argcount', 100))
t('set co_nlocals', lambda: setattr(co, 'co_nlocals', 0))
t('set co_stacksize', lambda: setattr(co, 'co_stacksize', 0))
t('del co_varnames', lambda: delattr(co, 'co_varnames'))
t('co.__new__', lambda: type(co).__new__(type(co)))
t('subclass code', lambda: type('C', (type(co),), {}))

# Functions: the code, globals and closure are fixed.
def victim():
    return 'victim'
t('victim.__code__ = g.__code__', lambda: setattr(victim, '__code__', g.__code__))
t('victim.__code__ = inner code', lambda: setattr(victim, '__code__', inner.__code__))
t('victim.__code__ = f code', lambda: setattr(victim, '__code__', co))
t('victim.__code__ = 5', lambda: setattr(victim, '__code__', 5))
t('del victim.__code__', lambda: delattr(victim, '__code__'))
t('victim() after', lambda: victim() in ('victim', 'g'))
t('f.__globals__ =', lambda: setattr(f, '__globals__', {}))
t('f.__closure__ =', lambda: setattr(f, '__closure__', (None,)))
t('inner.__closure__ =', lambda: setattr(inner, '__closure__', ()))
t('FunctionType(code, {})', lambda: types.FunctionType(co, {})(1)[0])
t('FunctionType(inner code, closure=?)', lambda: types.FunctionType(inner.__code__, {}, None, None, (5,))())
t('FunctionType.__new__', lambda: types.FunctionType.__new__(types.FunctionType))
t('f() still', lambda: f(1))

# What may change: defaults, kwdefaults, cell contents, globals' contents.
for v in [tuple(range(100)), (), None, (7,)]:
    t('__defaults__ = %r' % (v if v is None or len(v) < 3 else '100 items',),
      lambda: (setattr(f, '__defaults__', v), f(1))[1])
for v in [[1], 'ab', {'b': 1}]:
    t('__defaults__ = %r' % (v,), lambda: setattr(f, '__defaults__', v))
for v in [{1: 2, 'd': 5}, None, {'d': 'kw'}]:
    t('__kwdefaults__ = %r' % (v,), lambda: (setattr(f, '__kwdefaults__', v), f(1))[1])
t('__kwdefaults__ = []', lambda: setattr(f, '__kwdefaults__', []))
class EvilDefaults(tuple):
    def __getitem__(self, i):
        raise RuntimeError('not called')
t('__defaults__ = tuple subclass', lambda: (setattr(f, '__defaults__', EvilDefaults((9,))), f(1))[1])
f.__defaults__ = (2,)
f.__kwdefaults__ = {'d': 4}
def fewer(a):
    return a
fewer.__defaults__ = (1, 2, 3, 4, 5)
t('more defaults than parameters', lambda: fewer())
fewer.__kwdefaults__ = {'zz': 1, 5: 6}
t('kwdefaults for no kw-only', lambda: fewer(3))
cell = inner.__closure__[0]
t('cell_contents', lambda: cell.cell_contents)
cell.cell_contents = [1, 2]
t('cell set', lambda: inner())
del cell.cell_contents
t('cell deleted', lambda: inner())
t('cell get empty', lambda: cell.cell_contents)
cell.cell_contents = 'back'
t('cell back', lambda: inner())
t('closure tuple item set', lambda: inner.__closure__.__setitem__(0, 1))
gl = f.__globals__
t('globals is module dict', lambda: gl is globals())
def uses_len():
    return len('abc')
saved = gl.get('__builtins__')
gl['len'] = lambda s: 'shadowed'
t('shadowed builtin', uses_len)
del gl['len']
t('unshadowed', uses_len)
