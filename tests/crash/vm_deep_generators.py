# Deeply nested generator delegation and recursion through C calls: each
# must end in RecursionError (or finish), never a crash.
import sys
def nest(n):
    if n == 0:
        yield 0
    else:
        yield from nest(n - 1)
for depth in (100, 10000, 200000):
    try:
        print(depth, sum(nest(depth)))
    except RecursionError as e:
        print(depth, "RecursionError")
class K:
    def __eq__(self, other):
        return self == other
try:
    K() == K()
except RecursionError:
    print("eq recursion")
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError:
    print("repr recursion")
def gen_self():
    yield next(g)
g = gen_self()
try:
    next(g)
except ValueError as e:
    print(e)
sys.setrecursionlimit(100000)
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError:
    print("python recursion")
