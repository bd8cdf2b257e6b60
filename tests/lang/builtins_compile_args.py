# compile(): argument checks
def e(s):
    try:
        r = eval(s)
        print(s, "->", repr(r))
    except Exception as ex:
        print(s, "->", type(ex).__name__, ex)
def run(cases):
    for c in cases.strip().split("\n"):
        e(c.strip())

class P:
    def __fspath__(self):
        return 'pathlike'
def c(*a, **k):
    try:
        co = compile(*a, **k)
        print(type(co).__name__, co.co_filename, co.co_name)
    except Exception as ex:
        print(type(ex).__name__, ex)
c()
c('1')
c('1', 'f')
c('1', 'f', 'q')
c(1, 'f', 'exec')
c('1', 1, 'exec')
c('1', 'f', 1)
c('(', 'f', 'eval')
c('1', 'f', 'exec', x=1)
c('1', b'f', 'exec')
c('1', None, 'exec')
c('1', P(), 'exec')
c('1', 'f', 'exec', 'x')
c('1', 'f', 'exec', 0, 'x')
c('1', 'f', 'exec', 0, 0, 'x')
c('1', 'f', 'exec', 1 << 30)
c('1', 'f', 'exec', 0, 0, 0, 0, 0)
c('1', 'f', mode='exec', x=1)
c(source='1', filename='f', mode='eval')
c('1', 'f', mode=b'exec')
c(b'x', 'f', 'eval')
c('1', 'f', 'eval', dont_inherit=True)
c('1', 'f', 'single')
c('1', 'f', 'exec', optimize=3)
c('1', 'f', 'exec', optimize=-2)
c('1', 'f', 'exec', optimize=2)
c('1', 'f', 'exec', optimize=-1)
c('1', 'f', 'func_type')
c(memoryview(b'1'), 'f', 'eval')
c('a b', 'f', 'eval')
c('1;2', 'f', 'single')
c('1', 'f', 'exec', 0x20000)
c('1', 'f', 'exec', 1.5)
c('x\0', 'f', 'exec')
c(bytearray(b'1'), 'f', 'exec')
c('1', 'f', 'exec', flags=0, dont_inherit=0)
c('1', 'f', 'exec', 0, 0, -1, 1, 2)
print(eval(compile('1 + 2', 'f', 'eval')))
ns = {}
exec(compile('a = 5', '<x>', 'exec'), ns)
print(ns['a'])
c(source='1', filename='f', mode='exec', flags=0, dont_inherit=0, optimize=0, _feature_version=-1, x=1)
c('1', filename='f', mode='exec', flags=0, dont_inherit=0, optimize=0, _feature_version=-1, x=1)
try:
    open(file='x', mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None, x=1)
except TypeError as ex:
    print('TypeError', ex)
