# sys.path holding non-str entries (bytes, ints, None, path-like objects,
# huge strings, NUL bytes) or replaced by a tuple/None/generator: imports
# of new modules fail with ImportError (or find nothing), loaded modules
# still import, never a crash.
import sys
def t(label, fn):
    try:
        r = fn()
        print(label, 'ok', getattr(r, '__name__', r))
    except (ImportError, TypeError, ValueError, AttributeError) as e:
        print(label, type(e).__name__)
saved = sys.path
class PathLike:
    def __fspath__(self):
        return '/nonexistent'
for entry in (b'/tmp', 5, None, PathLike(), 'x' * 100000, 'a\0b', '', '.', '/', [1], '\udc80'):
    sys.path = [entry]
    t('path %s' % type(entry).__name__, lambda: __import__('no_such_module_xyz'))
    t('  loaded sys', lambda: __import__('sys'))
for value in ((), None, 5, 'string', (x for x in ['/']), {'/': 1}):
    sys.path = value
    t('sys.path = %s' % type(value).__name__, lambda: __import__('no_such_module_xyz'))
del sys.path
t('sys.path deleted', lambda: __import__('no_such_module_xyz'))
sys.path = saved
t('restored', lambda: __import__('math'))
