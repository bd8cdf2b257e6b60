a = [1, 2]
a.append(a)
print(repr(a))
d = {}
d["self"] = d
print(d)
s = [a, d]
print(s)
try:
    print(a == a[:])
except RecursionError:
    print("RecursionError")
