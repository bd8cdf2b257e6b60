# builtins.__import__ replaced by odd callables: returning non-modules,
# raising, recursing into itself, not callable, deleted.  The import
# statement must use it (as CPython does) and fail cleanly.
import builtins
real = builtins.__import__
def run(label, src):
    try:
        ns = {}
        exec(src, ns)
        print(label, 'ok', {k: v for k, v in ns.items() if k != '__builtins__'})
    except Exception as e:
        print(label, type(e).__name__, e)
builtins.__import__ = lambda *a, **k: 42
run('returns int', 'import math')
run('from returns int', 'from math import floor')
run('star from int', 'from math import *')
builtins.__import__ = lambda *a, **k: None
run('returns None', 'import a.b.c')
def raising(*a, **k):
    raise KeyError('nope')
builtins.__import__ = raising
run('raises', 'import math')
depth = [0]
def recursive(name, *a, **k):
    depth[0] += 1
    return __import__(name, *a, **k)
builtins.__import__ = recursive
run('recursive', 'import math')
builtins.__import__ = 'not callable'
run('not callable', 'import math')
del builtins.__import__
run('deleted', 'import math')
builtins.__import__ = real
run('restored', 'import math as m; r = m.floor(1.5)')
run('bad args', '__import__("math", 1, 2, 3, -1)')
run('level huge', '__import__("math", {}, {}, [], 10**30)')
run('fromlist non-str', '__import__("math", {}, {}, [1])')
run('fromlist str', '__import__("math", {}, {}, "floor")')
run('globals weird', '__import__(".x", 5, None, None, 1)')
run('name int', '__import__(5)')
run('name NUL', '__import__("ma\\0th")')
