# The builtins dict tampered with: print, __build_class__, __import__, len
# deleted or replaced by odd objects; a class statement, an import
# statement and calls must fail cleanly (NameError/ImportError/TypeError)
# and everything must work again once they are put back.
import builtins
saved = dict(vars(builtins))
def run(label, src):
    try:
        exec(src, {})
        print(label, 'ok')
    except Exception as e:
        saved['print'](label, type(e).__name__, e)
del builtins.__build_class__
run('class without __build_class__', 'class A: pass')
builtins.__build_class__ = 5
run('class with int __build_class__', 'class A: pass')
builtins.__build_class__ = lambda *a, **k: 'not a class'
run('class returning str', 'class A: pass\nassert A == "not a class"')
builtins.__build_class__ = saved['__build_class__']
del builtins.__import__
run('import without __import__', 'import math')
builtins.__import__ = saved['__import__']
del builtins.print
run('print deleted', 'print(1)')
builtins.print = saved['print']
del builtins.len
run('len deleted', 'len([])')
builtins.len = saved['len']
Exc, NameErr, update, ex, typ = Exception, NameError, builtins.__dict__.update, exec, type
builtins.__dict__.clear()
try:
    ex('x = 1\ny = x + 1', {})
    r = 'ok'
except Exc as e:
    r = typ(e).__name__
try:
    ex('len([])', {})
    r2 = 'no error'
except NameErr as e:
    r2 = 'NameError'
update(saved)
print('cleared builtins:', r, r2)
run('all back', 'class A: pass\nimport math\nprint(len([1]), math.floor(1.5))')
