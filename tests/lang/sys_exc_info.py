# sys.exc_info() and sys.exception()
import sys
print(sys.exc_info(), sys.exception())
try:
    1 / 0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v)
    try:
        [][0]
    except IndexError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info(), sys.exception())
def f():
    return sys.exception()
try:
    raise KeyError('k')
except KeyError:
    print(repr(f()))
