import sys
def f(n):
    return f(n + 1)
for limit in (100, 10000, 100000):
    sys.setrecursionlimit(limit)
    try:
        f(0)
    except RecursionError:
        print(limit, "RecursionError")
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError:
    print("repr RecursionError")
class G:
    def __getattr__(self, name):
        return getattr(self, name)
try:
    G().x
except RecursionError:
    print("getattr RecursionError")
