# l.append(x) done inline by CALL for an exact list; everything else
# takes the real call, with its errors.
class L(list):
    def append(self, x):
        super().append(x * 10)

class M(list):
    pass

l = []
for i in range(5):
    l.append(i)
print(l)
m = L()
m.append(2)
m2 = M()
m2.append(3)
print(m, m2, type(m2).__name__)
list.append(l, 99)
print(l[-1])
ap = l.append
ap(100)
print(l[-2:])
for args in [(5, 1), (l,), (l, 1, 2), ()]:
    try:
        list.append(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    l.append()
except TypeError as e:
    print("TypeError:", e)
try:
    l.append(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    l.append(x=1)
except TypeError as e:
    print("TypeError:", e)
# appending a list to itself, and growth past the point where the
# over-allocation changes
l2 = []
l2.append(l2)
print(l2, len(l2[0][0]))
big = []
for i in range(20000):
    big.append(i)
print(len(big), big[4095:4098], sum(big))
big2 = []
for i in range(10000):
    big2 += [i]
    big2.extend((i,))
print(len(big2), big2[-3:])
