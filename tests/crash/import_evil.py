# import machinery under hostile sys.path / sys.modules / __import__ args
import sys
sys.path.insert(0, 5)
sys.path.insert(0, b'/tmp')
sys.path.insert(0, '/nonexistent/dir')
try:
    import definitely_not_a_module_xyz
except ImportError as e:
    print(type(e).__name__, e)
sys.modules['evil_mod'] = 42
import evil_mod
print(evil_mod)
for args in [('a' * 100000,), ('.',), ('a..b',), ('a.',), ('',)]:
    try:
        __import__(*args)
    except (ImportError, ValueError) as e:
        print(type(e).__name__)
try:
    __import__('x', globals={'__package__': 5}, level=1)
except TypeError as e:
    print(e)
try:
    __import__('x', globals={'__package__': 'a.b'}, level=10**6)
except ImportError as e:
    print(e)
try:
    __import__('sys', fromlist=[1])
except TypeError as e:
    print('TypeError')
m = __import__('sys', fromlist=['*'])
sys.path = 'not a list'
try:
    import another_missing
except Exception as e:
    print(type(e).__name__)
sys.modules = {}
import sys as s2
print(s2 is sys)
