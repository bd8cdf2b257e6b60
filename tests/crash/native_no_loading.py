# No native code is ever loaded (DESIGN.md section 2): ctypes, _ctypes,
# cffi, _cffi_backend, imp.load_dynamic, importlib's extension loader, a
# .so named like a module on sys.path, os.dlopen-like functions, and a .so
# fed to the source loader must all fail with ImportError /
# ModuleNotFoundError / AttributeError / a compile error -- never load
# anything.  SafePy's importer only ever looks at NAME.py and NAME/__init__.py.
#
# The stdlib's os module takes ~40 s to import under GC stress, so the file
# work goes through posix, and under SAFEPY_GC_STRESS ctypes (whose first
# line is `import os`) meets a stand-in os: it still has to get to
# `from _ctypes import ...` and fail there.
import posix
import sys

if posix.environ.get(b'SAFEPY_GC_STRESS', b'0') not in (b'', b'0') and 'os' not in sys.modules:
    sys.modules['os'] = type(sys)('os')

def attempt(label, fn):
    try:
        r = fn()
    except (ImportError, AttributeError) as e:
        print(label, type(e).__name__)
    except (SyntaxError, ValueError) as e:
        print(label, 'refused as source:', type(e).__name__)
    else:
        # A directory without __init__.py imports as a namespace package:
        # no file is run.  Anything else would be a load.
        f = getattr(r, '__file__', None)
        print(label, 'namespace package' if f is None and hasattr(r, '__path__') else 'LOADED %r' % f)

for name in ('ctypes', '_ctypes', 'cffi', '_cffi_backend', '_imp', 'imp',
             'importlib.machinery', '_testcapi', '_posixsubprocess', 'zlib', 'readline', '_ssl'):
    attempt('import ' + name, lambda: __import__(name))
    print('   in sys.modules:', name in sys.modules)

# The directories where CPython keeps extension modules, on sys.path.
dynload = '/usr/lib/python3.11/lib-dynload'
extra = [dynload, '/usr/lib/python3/dist-packages']
sys.path[:0] = extra
for name in ('_ctypes', '_cffi_backend', '_bz2', '_json', '_decimal', 'mmap'):
    attempt('from lib-dynload ' + name, lambda: __import__(name))
del sys.path[:len(extra)]

# A private directory holding a real shared object under module-like names.
so = None
try:
    for f in sorted(posix.listdir(dynload)):
        if f.endswith('.so'):
            so = dynload + '/' + f
            break
except OSError:
    pass
print('found a shared object:', so is not None)
tmp = '/tmp/safepy_native_%d' % posix.getpid()
posix.mkdir(tmp)
made = []
try:
    if so is not None:
        with open(so, 'rb') as src:
            data = src.read(1 << 16)
        names = ['nat_plain.so', 'nat_tagged.cpython-311-x86_64-linux-gnu.so', 'nat_abi3.abi3.so',
                 'nat_pkg/__init__.so', 'nat_pkg/__init__.cpython-311-x86_64-linux-gnu.so', 'nat_pyd.pyd',
                 'nat_pyc.pyc', '__pycache__/nat_cache.cpython-311.pyc']
        for n in names:
            if '/' in n and tmp + '/' + n.split('/')[0] not in made:
                made.append(tmp + '/' + n.split('/')[0])
                posix.mkdir(made[-1])
            with open(tmp + '/' + n, 'wb') as out:
                out.write(data)
            made.append(tmp + '/' + n)
        sys.path.insert(0, tmp)
        for mod in ('nat_plain', 'nat_tagged', 'nat_abi3', 'nat_pkg', 'nat_pyd', 'nat_pyc', 'nat_cache'):
            attempt('import ' + mod, lambda: __import__(mod))
        sys.path.remove(tmp)
        # importlib's public ways to a file: the source loader reads it as
        # Python source, which a shared object is not.
        import importlib.util
        spec = importlib.util.spec_from_file_location('nat_spec', so)
        print('spec:', spec is not None)
        def load():
            m = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(m)
            return m
        attempt('spec_from_file_location(.so)', load)
        attempt('ExtensionFileLoader', lambda: __import__('importlib.machinery').machinery.ExtensionFileLoader)
        attempt('EXTENSION_SUFFIXES', lambda: __import__('importlib.machinery').machinery.EXTENSION_SUFFIXES)
        attempt('exec(open(.so))', lambda: exec(compile(data, so, 'exec')))
finally:
    for path in reversed(made):
        try:
            posix.unlink(path)
        except OSError:
            posix.rmdir(path)
    posix.rmdir(tmp)

# Functions that open shared objects in CPython are absent.
for mod, attr in (('posix', 'dlopen'), ('sys', 'setdlopenflags'), ('sys', 'getdlopenflags'),
                  ('posix', 'RTLD_NOW'), ('sys', 'dllhandle')):
    attempt('%s.%s' % (mod, attr), lambda: getattr(__import__(mod), attr))
print('sys.modules has no extension modules:',
      not any(getattr(m, '__file__', None) and str(m.__file__).endswith(('.so', '.pyd'))
              for m in list(sys.modules.values())))
