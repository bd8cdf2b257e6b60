# compile() with every flag bit, odd optimize/dont_inherit values and odd
# sources; and the stdlib's ways to bytecode from elsewhere (marshal,
# py_compile, zipimport, pkgutil/runpy's .pyc reader) or to SafePy's own
# bytecode (dis).  SafePy must refuse foreign bytecode (ImportError /
# AttributeError) and never crash on its own code objects in the tools.
import sys

def t(label, fn):
    try:
        r = fn()
        print(label, 'ok', r)
    except (ImportError, AttributeError, TypeError, ValueError, SyntaxError, OverflowError) as e:
        print(label, type(e).__name__)

def kind(c):
    return type(c).__name__
for bit in range(0, 40):
    flag = 1 << bit
    t('flag 1<<%d' % bit, lambda: kind(compile('x = 1', 'f', 'exec', flag)))
for flags in (-1, 2 ** 31, 2 ** 63, 2 ** 100, 0x1ff0000 | 0x7f00 | 0x10, 1.0, '0', None, True):
    t('flags %r' % (flags,), lambda: kind(compile('1', 'f', 'eval', flags)))
for opt in (-2, -1, 0, 1, 2, 3, 2 ** 64, True):
    t('optimize %r' % (opt,), lambda: kind(compile('assert 0', 'f', 'exec', optimize=opt)))
for di in (0, 1, -1, 2 ** 100, 'x'):
    t('dont_inherit %r' % (di,), lambda: kind(compile('1', 'f', 'eval', dont_inherit=di)))
for mode in ('exec', 'eval', 'single', 'func_type', 'Exec', '', 'exec\0'):
    t('mode %r' % (mode,), lambda: kind(compile('1', 'f', mode)))
for fname in ('f', b'f', bytearray(b'f'), 5, None, 'a\0b', 'x' * 100000):
    t('filename %s' % type(fname).__name__, lambda: kind(compile('1', fname, 'eval')))
for src in ('1\0', b'1\0', b'\xff\xfe', b'# coding: latin-1\nx = "\xe9"', b'\xef\xbb\xbfx = 1',
            memoryview(b'y = 2'), bytearray(b'z = 3'), 5, None, ['x']):
    t('source %s' % type(src).__name__, lambda: kind(compile(src, 'f', 'exec')))
# Top-level await only with the flag (PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000).
t('await without flag', lambda: kind(compile('await x', 'f', 'exec')))
# The PyCF_ONLY_AST flag asks for an AST (there is no _ast module yet).
t('PyCF_ONLY_AST', lambda: kind(compile('1', 'f', 'eval', 0x400)))
# The code objects themselves work after any accepted flags.
ns = {}
exec(compile('from __future__ import annotations\ndef h(a: int) -> str: return a', 'f', 'exec'), ns)
print(ns['h'].__annotations__, ns['h'](3))
exec(compile('x = 1', 'f', 'exec', 0x200000), ns)
print(ns['x'])

# Bytecode from elsewhere.  (py_compile and compileall import os and enum
# before they fail, ~60 s under GC stress: only in the other builds.)
import posix
stress = posix.environ.get(b'SAFEPY_GC_STRESS', b'0') not in (b'', b'0')
for name in ('marshal', 'zipimport', 'importlib._bootstrap_external', 'importlib.abc', '_frozen_importlib',
             '_frozen_importlib_external') + (() if stress else ('py_compile', 'compileall')):
    t('import ' + name, lambda: kind(__import__(name)))
    print('   in sys.modules:', name in sys.modules)
t('importlib.util.MAGIC_NUMBER', lambda: __import__('importlib.util').util.MAGIC_NUMBER)
t('importlib.util.cache_from_source', lambda: __import__('importlib.util').util.cache_from_source('x.py'))
t('sys.dont_write_bytecode', lambda: sys.dont_write_bytecode)
t('sys.pycache_prefix', lambda: sys.pycache_prefix)

# dis over SafePy's own code objects: no co_code to read, no crash.
def sample(a, b=1):
    for i in range(a):
        b += i
    return b
# (dis takes ~80 s to import under GC stress: only in the other builds.)
if stress:
    print('dis: skipped under GC stress')
else:
    import dis, io
    out = io.StringIO()
    t('dis.dis', lambda: dis.dis(sample, file=out))
    t('dis.get_instructions', lambda: len(list(dis.get_instructions(sample))) > 0)
    t('dis.Bytecode', lambda: kind(dis.Bytecode(sample)))
    t('dis.code_info', lambda: 'Argument count' in dis.code_info(sample))
    t('dis.findlinestarts', lambda: len(list(dis.findlinestarts(sample.__code__))) > 0)
    t('dis.dis(string)', lambda: dis.dis('x + 1', file=out))
t('co_lines', lambda: all(isinstance(l, int) for _, _, l in sample.__code__.co_lines()))
t('co_positions', lambda: len(list(sample.__code__.co_positions())) > 0)
