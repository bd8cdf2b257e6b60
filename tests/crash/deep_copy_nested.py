# copy.deepcopy/copy.copy of deeply nested and self-referencing data.
import copy
L = []
for i in range(100000):
    L = [L]
try:
    copy.deepcopy(L)
except RecursionError:
    print("deepcopy RecursionError")
print(len(copy.copy(L)))
a = [1]
a.append(a)
d = {"a": a}
d["d"] = d
b = copy.deepcopy(d)
print(b["d"] is b, b["a"][1] is b["a"], b["a"] is not a)
s = [1, 2]
t = (s, s)
u = copy.deepcopy(t)
print(u[0] is u[1], u == t)
