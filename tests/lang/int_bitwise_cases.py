# & | ^ ~ on negatives and big values (two's complement semantics)
vals = [0, 1, -1, 2, -2, 255, -256, 2**32 - 1, -(2**32), 2**62 - 1, -2**62, 2**63, -2**63, 2**64 - 1, -(2**64), 2**100 + 7, -(2**100) - 7, 0x5555555555555555555555, -0x3333333333333333333333]
for a in vals:
    print(a, ~a, [(a & b, a | b, a ^ b) for b in vals[::3]])
for a in vals:
    for b in vals:
        assert a & b == b & a and a | b == b | a and a ^ b == b ^ a
        assert (a & b) + (a | b) == a + b
        assert a ^ b == (a | b) - (a & b)
        assert ~(a & b) == ~a | ~b
print("ok")
print(True & True, True | False, True ^ True, ~True, ~False, type(True & True).__name__, type(True | 2).__name__, type(True ^ 1).__name__)
print(True & 3, 3 & True, False | 0, type(False | 0).__name__)
for a, b in [(1, 1.0), (1.0, 1), (1, "a"), ([], 1), (1, None)]:
    for op in (lambda: a & b, lambda: a | b, lambda: a ^ b):
        try:
            print(op())
        except TypeError as e:
            print(type(e).__name__, e)
try:
    print(~1.5)
except TypeError as e:
    print(type(e).__name__, e)
x = 0b1100
x &= 0b1010
print(x)
x |= 1 << 80
print(x)
x ^= -1
print(x)
print((-(2**200)) & (2**200 - 1), (-(2**200)) | (2**199), (-(2**200)) ^ (-(2**199)), -1 & 2**300, -1 | 2**300, -1 ^ 2**300)
