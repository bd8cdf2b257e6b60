# Import-time tricks with real files: circular imports (from-imports of a
# partially initialised module), a module that replaces itself in
# sys.modules with a non-module, one that deletes itself, one that raises
# half-way (must be unregistered, then importable again), and a package
# whose __init__ imports its own submodule that imports the package.
import posix
import sys
tmp = '/tmp/safepy_circ_%d' % posix.getpid()
files = {
    'circ_a.py': 'import circ_b\nA = 1\ndef get(): return circ_b.B\n',
    'circ_b.py': 'import circ_a\nB = 2\ntry:\n    from circ_a import A\nexcept ImportError as e:\n    ERR = str(e)\n',
    'selfrep.py': 'import sys\nsys.modules[__name__] = 42\n',
    'selfdel.py': 'import sys\ndel sys.modules[__name__]\n',
    'halfway.py': 'import sys\nCOUNT = getattr(sys, "_halfway_count", 0)\nsys._halfway_count = COUNT + 1\nif COUNT == 0:\n    raise ValueError("first time")\n',
    'cpkg/__init__.py': 'from . import sub\nX = sub.Y\n',
    'cpkg/sub.py': 'import cpkg\nY = "sub"\nPARENT_HAS_X = hasattr(cpkg, "X")\n',
    'recur.py': 'import recur\nR = recur\n',
}
made = [tmp]
posix.mkdir(tmp)
try:
    for name, src in files.items():
        if '/' in name and tmp + '/' + name.split('/')[0] not in made:
            made.append(tmp + '/' + name.split('/')[0])
            posix.mkdir(made[-1])
        with open(tmp + '/' + name, 'w') as f:
            f.write(src)
        made.append(tmp + '/' + name)
    sys.path.insert(0, tmp)
    def t(label, fn):
        try:
            print(label, 'ok', fn())
        except (ImportError, ValueError, AttributeError, KeyError) as e:
            print(label, type(e).__name__, e)
    t('circular', lambda: (__import__('circ_a').get(), getattr(sys.modules['circ_b'], 'ERR', 'no error')))
    t('self-replacing', lambda: __import__('selfrep'))
    t('self-deleting', lambda: __import__('selfdel'))
    t('half-way 1', lambda: __import__('halfway').COUNT)
    t('  registered?', lambda: 'halfway' in sys.modules)
    t('half-way 2', lambda: __import__('halfway').COUNT)
    t('package cycle', lambda: (__import__('cpkg').X, sys.modules['cpkg.sub'].PARENT_HAS_X))
    t('imports itself', lambda: __import__('recur').R is sys.modules['recur'])
finally:
    sys.path.remove(tmp) if tmp in sys.path else None
    for path in reversed(made):
        try:
            posix.unlink(path)
        except OSError:
            posix.rmdir(path)
