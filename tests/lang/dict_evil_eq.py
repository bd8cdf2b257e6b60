# Keys whose __eq__ / __hash__ mutate the dict during lookup: must stay safe.
class Evil:
    def __init__(self, h, d):
        self.h = h
        self.d = d
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        self.d.clear()
        return False
d = {}
d[Evil(1, d)] = 1
d[Evil(1, d)] = 2
print(len(d))
d = {}
for i in range(10):
    d[i] = i
class Mutator:
    def __hash__(self):
        return 3
    def __eq__(self, other):
        for i in range(100, 200):
            d[i] = i
        return False
print(d.get(Mutator()), len(d))
class Deleter:
    def __hash__(self):
        return 5
    def __eq__(self, other):
        d.pop(5, None)
        return True
print(Deleter() in d, len(d))
class BadHash:
    def __hash__(self):
        raise ValueError('no hash')
try:
    {}[BadHash()] = 1
except ValueError as e:
    print(e)
class BigHash:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        return isinstance(other, BigHash) and other.h == self.h
x = {BigHash(2**100): 'a', BigHash(-1): 'b', BigHash(-2): 'c'}
print(x[BigHash(2**100)], x[BigHash(-1)], x[BigHash(-2)], len(x))
print(hash(BigHash(-1)), hash(BigHash(2**100)))
class Raiser:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        raise KeyError('from eq')
e = {1: 'one'}
try:
    e[Raiser()]
except KeyError as ex:
    print('KeyError', ex)
print(e)
