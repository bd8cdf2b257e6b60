class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x

p = P(1)
print(p.x)
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, "__dict__"))
print(type(P.x).__name__, repr(P.x))
p.y = 2
del p.y
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)

class Q(P):
    pass
q = Q(5)
q.z = 7
print(q.x, q.z, q.__dict__)

class R(P):
    __slots__ = ("w", "__dict__")
r = R(1)
r.w = 2
r.other = 3
print(r.x, r.w, r.__dict__)

for bad in [("a", "a"), (1,), ("1x",)]:
    try:
        class Bad:
            __slots__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print(type(e).__name__, e)
try:
    class I(int):
        __slots__ = ("v",)
except TypeError as e:
    print(type(e).__name__, e)
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("b",)
try:
    class S3(S1, S2): pass
except TypeError as e:
    print(type(e).__name__, e)
class Priv:
    __slots__ = ("__hidden",)
print(sorted(k for k in Priv.__dict__ if "hidden" in k))
