# %e %E %f %F %g %G with flags/width/precision and special values
vals = [0.0, -0.0, 1.0, -1.5, 3.14159265, 1e-7, 123456789.0, 1e16, 1e300, 2.5, 0.5, 1.5, 9.9999995, float("inf"), float("-inf"), float("nan"), 7, -3, True, 10**20]
for conv in "eEfFgG":
    for spec in ["", ".0", ".1", ".3", ".15", "10", "-10.2", "+.2", " .2", "#.0", "#", "010.3", "+010.1", "#.3", ".20"]:
        fmt = "%" + spec + conv
        print(repr(fmt), [fmt % v for v in vals])
def t(fmt, v):
    try:
        print(repr(fmt), repr(fmt % v))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
t("%f", "1.0")
t("%e", None)
t("%g", [1.0])
t("%f", 1j)
t("%f", 10**400)
t("%.200f", 1.0)
t("%.2f", 2**0.5)
class F:
    def __float__(self): return 1.25
class I:
    def __index__(self): return 2
t("%f", F())
t("%e", I())
t("%g", 1e-5)
t("%g", 1e-4)
t("%g", 123456.0)
t("%g", 1234567.0)
t("%#g", 1.0)
t("%#G", 1e-10)
t("%.3g", 0.0001234)
t("%10.4e|%-12.3E|", (12345.678, -0.000123))
