# sys.modules tampering: None entries, non-module values, deleting sys and
# builtins from it, replacing the dict, and importing through it all.
import sys
def t(label, fn):
    try:
        print(label, 'ok', fn())
    except (ImportError, TypeError, KeyError, AttributeError) as e:
        print(label, type(e).__name__, e)
sys.modules['blocked'] = None
t('None entry', lambda: __import__('blocked'))
t('from None entry', lambda: exec('from blocked import x'))
sys.modules['num'] = 42
t('int entry', lambda: __import__('num'))
t('from int entry', lambda: exec('from num import real; print(real)'))
sys.modules['pkg'] = 'a string'
t('submodule of str', lambda: __import__('pkg.sub'))
class Weird:
    def __getattr__(self, name):
        if name == '__path__':
            return ['/nonexistent']
        raise AttributeError(name)
sys.modules['wpkg'] = Weird()
t('submodule of weird', lambda: __import__('wpkg.sub'))
t('from weird', lambda: exec('from wpkg import thing'))
saved_sys, saved_b = sys.modules.pop('sys'), sys.modules.pop('builtins')
t('import sys after del', lambda: __import__('sys') is saved_sys)
t('import builtins after del', lambda: __import__('builtins').len is len)
sys.modules['sys'] = saved_sys
sys.modules['builtins'] = saved_b
sys.modules['math'] = None
t('math None', lambda: __import__('math'))
del sys.modules['math']
t('math back', lambda: __import__('math').floor(2.5))
class Raising:
    def __getattribute__(self, name):
        raise RuntimeError('no attributes')
sys.modules['raising'] = Raising()
try:
    import raising
    print('imported', type(raising).__name__)
    from raising import x
except (ImportError, RuntimeError) as e:
    print(type(e).__name__, e)
saved = sys.modules
sys.modules = {}
t('sys.modules replaced', lambda: __import__('math').pi > 3)
sys.modules = saved
t('sys.modules = None', lambda: setattr(sys, 'modules', None) or __import__('math').pi > 3)
sys.modules = saved
t('del sys.modules', lambda: delattr(sys, 'modules') or __import__('math').pi > 3)
sys.modules = saved
print('end', len(sys.modules) > 3)
