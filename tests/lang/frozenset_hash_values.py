# frozenset hashes must equal CPython's (they are independent of order and
# of PYTHONHASHSEED for int elements)
vals = [frozenset(), frozenset([0]), frozenset([1]), frozenset([1, 2]), frozenset([2, 1]),
        frozenset(range(10)), frozenset(range(100)), frozenset([-1]), frozenset([-1, -2]),
        frozenset([2 ** 61 - 1]), frozenset([2 ** 64]), frozenset([1.5, 2.5]), frozenset([1j]),
        frozenset([(1, 2), (3, 4)]), frozenset([frozenset([1])]), frozenset([frozenset(), 0]),
        frozenset([True, 2]), frozenset([10 ** 20, -10 ** 20]), frozenset([float('inf')]),
        frozenset([(), ((),)]), frozenset(range(-50, 50, 3))]
for v in vals:
    print(sorted(v, key=repr), hash(v))
print(hash(frozenset('abc')) == hash(frozenset('cba')))
print(hash(frozenset(['x', 'y'])), hash(frozenset([b'x', b'y'])), hash(frozenset('hello')))
print(hash(frozenset({1: 2, 3: 4})), hash(frozenset({1, 2}.union({3}))))
a = frozenset(range(20))
b = frozenset(range(19, -1, -1))
print(hash(a) == hash(b), a == b)
s = set()
for i in range(20):
    s.add(frozenset(range(i)))
print(len(s), sorted(len(x) for x in s)[-1])
print(hash(frozenset([frozenset([frozenset([1])])])))
try:
    hash({1})
except TypeError as e:
    print(e)
try:
    hash(frozenset([1, [2]]))
except TypeError as e:
    print(e)
class FS(frozenset):
    pass
print(hash(FS([1, 2])) == hash(frozenset([1, 2])))
class FH(frozenset):
    def __hash__(self):
        return 42
print(hash(FH([1])), {FH([1]): 'x'}.get(frozenset([1])))
x = frozenset([1, 2, 3])
print(hash(x) == hash(x), hash(x) == hash(frozenset(list(x))))
print(frozenset.__hash__(frozenset([5])), type(frozenset().__hash__()).__name__)
print(set.__hash__)
