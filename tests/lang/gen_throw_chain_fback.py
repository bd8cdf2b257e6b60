# throw() checks its traceback argument, travels down a yield-from chain
# of any depth, and a suspended generator frame has no f_back (findings
# of crashB and crashC).
import sys
def g():
    yield 1
x = g(); next(x)
try:
    x.throw(ValueError, None, 'not a tb')
except TypeError as e:
    print("TypeError", e)
def leaf():
    try:
        yield 'leaf'
    except KeyError:
        yield 'leaf caught'
def link(inner):
    return (yield from inner)
g2 = link(link(leaf())); next(g2)
print(g2.throw(KeyError))
def h():
    yield sys._getframe()
z = h(); f = next(z); print(f.f_back)
def deep(n):
    if n == 0:
        yield from leaf()
    else:
        yield from deep(n - 1)
d = deep(50); next(d); print(d.throw(KeyError))
