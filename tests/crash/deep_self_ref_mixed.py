# Self-referencing containers across types: repr uses "...", == and hash
# behave as CPython's, deep mutual references raise RecursionError.
a = [1]
d = {"a": a}
a.append(d)
s = {1: d}
d["s"] = s
print(repr(a), repr(d))
x = [1]
x.append(x)
y = [1]
y.append(y)
try:
    print(x == y)
except RecursionError:
    print("RecursionError")
print(x == x, x in [x])
