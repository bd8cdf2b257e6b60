# Objects that stay reachable survive many collections intact.
keep = []
for i in range(5000):
    keep.append((i, str(i), [i] * 3))
    junk = [str(j) for j in range(20)]
ok = all(k[0] == i and k[1] == str(i) and k[2] == [i] * 3 for i, k in enumerate(keep))
print(ok, len(keep))

d = {}
for i in range(10000):
    d[str(i)] = i * 2
    tmp = {'a': [1, 2, 3], 'b': 'y' * 50}
print(sum(d.values()), d['9999'], len(d))

# Nested structures deeper than any C recursion limit: marking is iterative.
deep = None
for i in range(100000):
    deep = [deep]
n = 0
while deep is not None:
    deep = deep[0]
    n += 1
print(n)
