d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
d[1 + 0j] = 'complex'
print(d, len(d))
d = {}
d[0] = 'zero'
d[0.0] = 'fzero'
d[-0.0] = 'negzero'
d[False] = 'false'
d[0j] = 'czero'
d[-0j] = 'nczero'
print(d)
d = {1.0: 'f'}
print(d[1], d[True], d[1 + 0j], 1 in d, True in d, 1j in d)
print({2: 'a'}[2.0], {2.0: 'a'}[2], {2 ** 62: 'big'}[float(2 ** 62)])
print({10 ** 20: 'x'}.get(1e20), {int(1e20): 'y'}.get(1e20))
print(len({1, 1.0, True, 1 + 0j}), {1, 1.0, True}, {True, 1, 1.0})
for x in [0, 1, -1, -2, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -2 ** 61, -2 ** 61 + 1, 10 ** 30, -10 ** 30]:
    print(x, hash(x), hash(float(x)) == hash(x) if abs(x) < 2 ** 53 else None, hash(complex(x)) == hash(x))
for x in [0.5, -0.5, 1.5, 0.1, 1e300, -1e300, 1e-300, 5e-324, 2.0 ** 100, float('inf'), float('-inf'), 123.456]:
    print(repr(x), hash(x))
print(hash(float('nan')) == 0 or True)
n = float('nan')
print({n: 1}.get(n), {n: 1}.get(float('nan')))
print(len({float('nan'), float('nan')}), len({n, n}))
for c in [1j, 2 + 3j, -1j, complex(0, -1), complex(1.5, -2.5), complex(float('inf'), 0), complex(0, float('inf'))]:
    print(repr(c), hash(c))
print(hash(True), hash(False), hash(-1), hash(-2), hash(-1.0), hash(complex(-1, 0)))
print(hash(1j) == 1000003, hash(complex(0, -1)))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61 - 1)), hash(2 ** 122 - 1))
# int subclass / float subclass keys
class I(int):
    pass
class F(float):
    pass
d = {I(5): 'I5'}
print(d[5], d.get(5.0), hash(I(5)), hash(F(2.5)) == hash(2.5))
d[5] = 'int5'
print(d, type(list(d)[0]).__name__)
print({1: 'a', 2: 'b'}.keys() & {1.0, 2.0, 3.0})
print(sorted({1, 2.0, 3 + 0j, 4} - {1.0, 2}, key=abs))

# the rule Fraction uses: hash(n/d) = n * pow(d, -1, P) mod P
P = 2 ** 61 - 1
def qhash(n, d):
    h = abs(n) % P * pow(d, -1, P) % P
    h = h if n >= 0 else -h
    return -2 if h == -1 else h
print(qhash(1, 2) == hash(0.5), qhash(-3, 4) == hash(-0.75), qhash(5, 1) == hash(5))
print(pow(3, -1, P), pow(2, P - 2, P) == pow(2, -1, P))
