# ModuleNotFoundError / ImportError messages
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import pkg_demo.nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import sys.nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from pkg_demo import nope
except ImportError as e:
    print(type(e).__name__, str(e).replace(e.path, 'PATH'), e.name)
try:
    from sys import nope
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
for args in [('',), ('a',)]:
    try:
        __import__(*args, level=-1)
    except ValueError as e:
        print(e)
try:
    __import__('')
except ValueError as e:
    print(e)
import sys
sys.modules['halted_mod'] = None
try:
    import halted_mod
except ModuleNotFoundError as e:
    print(e)
print(isinstance(ModuleNotFoundError(), ImportError))
