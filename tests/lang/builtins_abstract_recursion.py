# repr and comparison nesting count against the recursion limit (CPython's messages)
import sys
sys.setrecursionlimit(200)
l = []
for i in range(1000):
    l = [l]
for f in (repr, str, ascii):
    try:
        f(l)
    except RecursionError as e:
        print(f.__name__, 'RecursionError', e)
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print('R', e)
d = {}
for i in range(1000):
    d = {1: d}
try:
    repr(d)
except RecursionError as e:
    print('dict', e)
t = ()
for i in range(1000):
    t = (t,)
try:
    hash(t)
except RecursionError as e:
    print('hash', e)
try:
    t == t[0]
except RecursionError as e:
    print('eq', e)
