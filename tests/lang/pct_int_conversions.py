# %d %i %u %o %x %X with flags, widths, precisions, on ints, bools, floats, __index__/__int__
def t(fmt, v):
    try:
        print(repr(fmt), repr(fmt % v))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
vals = [0, 1, -1, 42, -42, 255, 2**64, -2**64 - 1, True, 3.99, -3.99, 1e20]
for conv in "diuoxX":
    for flags in ["", "-", "+", " ", "#", "0", "#0", "-#", "+ ", "0-", "+0#"]:
        for wp in ["", "6", ".3", "8.4", "1.0", ".0"]:
            fmt = "%" + flags + wp + conv
            print(repr(fmt), [fmt % v for v in vals])
t("%.0d", 0)
t("%.0x", 0)
t("%#.0o", 0)
t("%#x", 0)
t("%#o", 0)
t("%d", "1")
t("%x", 1.5)
t("%o", 2.0)
t("%X", "a")
t("%d", None)
t("%d", [1])
t("%i", 1j)
t("%u", "x")
class I:
    def __index__(self): return 7
class N:
    def __int__(self): return 9
class F:
    def __float__(self): return 2.5
class IN:
    def __index__(self): return 3
    def __int__(self): return 4
t("%d", I())
t("%x", I())
t("%d", N())
t("%x", N())
t("%d", F())
t("%d", IN())
t("%o", IN())
t("%d", float("inf"))
t("%d", float("nan"))
t("%x", float("inf"))
t("%5d|%-5d|%05d", (1, 2, 3))
t("%+d %+d", (0, -0))
t("%c", 65)
t("%c", "é")
t("%c", 0x10428)
t("%c", 0x110000)
t("%c", -1)
t("%c", "ab")
t("%c", "")
t("%c", 1.0)
t("%c", I())
t("%5c|%-5c", ("x", 0x10428))
t("%c", 2**70)
