class Seq:
    def __getitem__(self, i):
        if i >= 4: raise IndexError(i)
        return i * i
    def __len__(self): return 4
s = Seq()
print(s[2], list(s), 9 in s, 5 in s)
for x in s:
    print(x, end=" ")
print()
class Map:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __contains__(self, k): return k in self.d
m = Map()
m["a"] = 1
print(m["a"], "a" in m, "b" in m)
del m["a"]
try:
    m["a"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    (1,)[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del (1,)[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    5[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    x = 5
    del x[0]
except TypeError as e:
    print(type(e).__name__, e)
class G:
    def __class_getitem__(cls, item):
        return f"G[{item.__name__}]"
print(G[int])
class NoSub: pass
try:
    NoSub[1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
