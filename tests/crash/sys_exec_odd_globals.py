# exec/eval with globals that are not dicts, locals that are odd mappings,
# and __builtins__ replaced by odd objects (int, None, a list, a module, a
# dict subclass with __missing__, a class): TypeError/NameError or a
# result, never a crash.
import sys
def t(label, fn):
    try:
        print(label, 'ok', fn())
    except (TypeError, NameError, KeyError, AttributeError) as e:
        print(label, type(e).__name__, e)
class M(dict):
    def __missing__(self, key):
        return 'missing:' + key
class Mapping:
    def __getitem__(self, k):
        if k == 'boom':
            raise KeyError(k)
        return k * 2
    def __setitem__(self, k, v):
        pass
for g in (5, None, [], M(), type('D', (dict,), {})()):
    t('globals %s' % type(g).__name__, lambda: eval('1 + 1', g))
t('locals mapping', lambda: eval('ab + cd', {}, Mapping()))
t('locals mapping KeyError', lambda: eval('boom', {}, Mapping()))
t('exec locals mapping', lambda: exec('x = 1\ny = x', {}, Mapping()))
t('locals int', lambda: eval('1', {}, 5))
for b in (5, None, [], sys, M(), type('K', (), {}), {'len': 'fake'}, {}):
    g = {'__builtins__': b}
    t('builtins %s' % type(b).__name__, lambda: eval('len("ab")', g))
    t('  name', lambda: eval('undefined_name', g))
    t('  import', lambda: exec('import math', g))
    t('  class', lambda: exec('class A: pass', g))
g = {}
exec('def f(): return len("abc")', g)
g['__builtins__'] = {'len': lambda s: 'replaced'}
t('function after builtins swap', g['f'])
del g['__builtins__']
t('function after builtins deleted', g['f'])
