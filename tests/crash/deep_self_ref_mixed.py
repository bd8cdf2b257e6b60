# Self-referencing containers across types: repr uses "...", == and hash
# behave as CPython's, deep mutual references raise RecursionError.
import collections
a = [1]
d = {"a": a}
a.append(d)
s = {1: d}
d["s"] = s
print(repr(a), repr(d))
od = collections.OrderedDict()
od["self"] = od
print(repr(od))
dq = collections.deque([1])
dq.append(dq)
print(repr(dq))
dd = collections.defaultdict(list)
dd["x"] = dd
print(repr(dd))
x = [1]
x.append(x)
y = [1]
y.append(y)
try:
    print(x == y)
except RecursionError:
    print("RecursionError")
print(x == x, x in [x])
