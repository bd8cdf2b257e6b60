# Relative imports and their errors
from pkg_demo.sub import deep
print(deep.twice(4), deep.leaf.__name__ if hasattr(deep, 'leaf') else None)
try:
    from . import something
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .. import something
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__('a', globals={'__package__': 'pkg_demo'}, level=3)
except ImportError as e:
    print(type(e).__name__, e)
try:
    import pkg_demo.beyond
except ImportError as e:
    print(type(e).__name__, e)
