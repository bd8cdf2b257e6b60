a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [7]), a.intersection(b, {4}), a.difference(b, {1}), a.symmetric_difference([4, 5]))
print(a <= b, a < a | b, a >= {1}, a > {1, 2, 3, 4}, {1, 2} < {1, 2})
print(a.issubset([1, 2, 3, 4, 5]), a.issuperset([1]), a.isdisjoint({9}), a.isdisjoint([1]))
c = set(a)
c |= {9}
c &= {1, 2, 9}
c -= {1}
c ^= {2, 3}
print(c)
d = set(a)
d.update([10], (11,))
d.intersection_update({1, 10, 11, 12})
d.difference_update([11])
d.symmetric_difference_update({1, 5})
print(d)
f = frozenset([1, 2])
print(f | {3}, type(f | {3}).__name__, type({3} | f).__name__, f & {2}, f - {1})
try:
    a | [1]
except TypeError as e:
    print(e)
try:
    a < [1]
except TypeError as e:
    print(e)
print(a == [1, 2, 3, 4])
print({1, 2, 3}.intersection(), {1}.union())
s = {1, 2}
print(s.difference(s), s.symmetric_difference(s), s & s, s | s)
print({1, 2, 3} - {2}, {'a'} | {'b'} == {'a', 'b'})
