# isinstance/issubclass: deeply nested class tuples hit the recursion limit; long __bases__ chains
import sys
sys.setrecursionlimit(150)
t = int
for i in range(300):
    t = (t,)
for f in (isinstance, issubclass):
    try:
        print(f(1 if f is isinstance else bool, t))
    except RecursionError as e:
        print('RecursionError', e)
t = (str,)
for i in range(50):
    t = (t, float)
print(isinstance(1, t), isinstance(1.0, t), issubclass(bool, t))
class Deep:
    __bases__ = ()
d = Deep()
for i in range(300):
    nd = Deep()
    nd.__bases__ = (d,)
    d = nd
try:
    print(issubclass(d, Deep()))
except RecursionError as e:
    print('RecursionError', e)
t = int
for i in range(60):
    t = (t,)
print(isinstance(1, t), issubclass(bool, t))
def nest(n):
    if n == 0:
        return isinstance(1, t)
    return nest(n - 1)
try:
    print(nest(120))
except RecursionError as e:
    print('RecursionError', e)
print(nest(20))
