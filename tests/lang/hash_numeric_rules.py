import sys
P = sys.hash_info.modulus
print(sys.hash_info)
print(sys.hash_info.width, sys.hash_info.modulus == 2 ** 61 - 1, sys.hash_info.inf, sys.hash_info.nan, sys.hash_info.imag)
print(sys.hash_info.algorithm, sys.hash_info.hash_bits, sys.hash_info.seed_bits, sys.hash_info.cutoff)
print(type(sys.hash_info).__name__, len(sys.hash_info), sys.hash_info[0], sys.hash_info[-1])
ints = [0, 1, -1, -2, 2, 100, -100, P - 1, P, P + 1, -P, -P - 1, 2 * P, 2 * P - 1, 2 ** 63, -2 ** 63, 2 ** 64 - 1, 2 ** 100, -2 ** 100, 3 ** 80, -(3 ** 80), 10 ** 40 + 7]
for i in ints:
    print(i, hash(i), hash(i) == hash(float(i)) or abs(i) > 2 ** 53, hash(complex(i, 0)) == hash(i))
print(hash(True), hash(False), hash(True) == hash(1), hash(False) == hash(0.0))
floats = [0.0, -0.0, 0.5, -0.5, 0.25, 1.5, 3.14, -2.75, 1e-10, 1e10, 1e100, 1e308, -1e308, 2.0 ** -1074, 2.0 ** 1023, 1 / 3, float('inf'), float('-inf')]
for f in floats:
    print(repr(f), hash(f))
print(hash(float('inf')) == 314159, hash(float('-inf')) == -314159)
nan = float('nan')
print(type(hash(nan)).__name__, hash(nan) == hash(nan))
print(hash(-1) == -2, hash(-1.0) == -2, hash(complex(-1, 0)) == -2, hash(-2) == -2)
cs = [0j, 1j, -1j, 2j, 1 + 1j, -1 - 1j, 0.5 + 0.5j, complex(1e300, 1e300), complex(3, -1), complex(-1, 1), complex(0.0, -0.0)]
for c in cs:
    print(repr(c), hash(c))
print(hash(1j) == sys.hash_info.imag)
print(hash(complex(float('inf'), 0)), hash(complex(0, float('inf'))), hash(complex(float('-inf'), float('inf'))))
class I(int):
    pass
class F(float):
    pass
class C(complex):
    pass
print(hash(I(-1)), hash(F(-1.0)), hash(C(-1)), hash(I(P)), hash(F(0.5)))
class IH(int):
    def __hash__(self):
        return 99
print(hash(IH(5)), {IH(5): 1}.get(5), {5: 'five'}.get(IH(5)))
print(hash(2 ** 61 - 1) == 0, hash(2 ** 61) == 1, hash(-(2 ** 61)) == -1 - 1)
print([hash(x) for x in range(-5, 6)])
print([hash(x / 4) for x in range(-8, 9)])
print(int.__hash__(7), float.__hash__(0.5), complex.__hash__(1j), bool.__hash__(True))
