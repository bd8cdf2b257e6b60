# from m import *, __all__, and fromlist submodules
from pkg_demo.star import *
print(a, b)
try:
    c
except NameError as e:
    print(e)
from pkg_demo.nostar import *
print(a)
try:
    _hidden
except NameError as e:
    print(e)
from pkg_demo import util, star
print(util.helper(1), star.c)
m = __import__('pkg_demo.sub', fromlist=['deep'])
print(m.__name__, hasattr(m, 'deep'))
top = __import__('pkg_demo.sub')
print(top.__name__)
