# Lots of short-lived objects, lists, dicts and cycles: the collector must
# reclaim them (the default heap cap is far below what they'd take in total).
total = 0
for i in range(20000):
    a = [i, i + 1, [i] * 10]
    d = {'k': a, 'n': i}
    a.append(d)          # a cycle: a -> d -> a
    total += len(a) + d['n'] % 7
print(total)

# Cycles through instances
class Node:
    def __init__(self, v):
        self.v = v
        self.other = None

s = 0
for i in range(10000):
    x = Node(i)
    y = Node(i + 1)
    x.other = y
    y.other = x
    s += x.other.other.v
print(s)

# Big short-lived strings
n = 0
for i in range(300):
    t = 'x' * 100000 + str(i)
    n += len(t)
print(n)
