print(hash(()))
print(hash((1, 2)))
print(hash((1, (2, 3))))
print(hash((-1,)))
print(hash((0, 0, 0)))
print(hash(('a',)) == hash(('a',)))
print(hash((1, 2)) == hash((1.0, 2.0)))
print(hash((True, False)))
print(hash((2**70, -5)))
try:
    hash((1, []))
except TypeError as e:
    print(e)
d = {(1, 2): 'a', (3,): 'b'}
print(d[(1, 2)], d[3,])
# range(0) and range(1, 2) hash None, whose hash is its address in CPython:
# compare those instead of printing them.
print(hash(range(5)), hash(range(1, 10, 3)))
print(hash(range(0)) == hash(range(5, 5)), hash(range(1, 2)) == hash(range(1, 2, 7)))
print(hash(frozenset()), hash(frozenset([1, 2, 3])), hash(frozenset({(1, 2)})))
class H:
    def __hash__(self):
        return 2**62 + 5
print(hash(H()), hash(H()) == 2**62 + 5)
