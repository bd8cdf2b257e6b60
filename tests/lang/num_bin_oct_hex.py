# bin, oct, hex: signs, big values, __index__, errors
for v in (0, 1, -1, 7, -8, 255, -256, 2**31, 2**62 - 1, -2**62, 2**63, -2**63, 2**64 - 1, 2**100, -(2**100), True, False):
    print(bin(v), oct(v), hex(v))
class X:
    def __index__(self):
        return 42
print(bin(X()), oct(X()), hex(X()))
class I(int):
    pass
print(bin(I(-5)), oct(I(64)), hex(I(255)))
for bad in (1.5, "1", None, [], 1j):
    for f in (bin, oct, hex):
        try:
            print(f(bad))
        except TypeError as e:
            print(type(e).__name__, e)
class BadIdx:
    def __index__(self):
        return "x"
try:
    hex(BadIdx())
except TypeError as e:
    print(type(e).__name__, e)
for f in (bin, oct, hex):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        f(1, 2)
    except TypeError as e:
        print(type(e).__name__, e)
print(len(hex(10**5000)), len(bin(3**3000)), oct(8**100)[:8], hex(-(16**200))[:6])
print(int(bin(-12345), 0), int(oct(-12345), 0), int(hex(-12345), 0), int(hex(2**200), 16))
print(format(255, "#x"), format(-255, "#o"), format(5, "#b"), "%x %o %X %#x %#o" % (255, 8, 255, 255, 8))
