# Format specs of the ".Nf" shape (the fast parse) and numbers laid out
# without padding (one ASCII str): the results and errors of the general
# parse.
vals = [0.0, -0.0, 0.05, -0.05, 0.25, 2.5, 3.5, 1234.5678, -1e-9, 1e16, 1e300, -1e300,
        float("inf"), float("-inf"), float("nan"), 7, -7, 0, 2**80, True]
for spec in [".0f", ".1f", ".2f", ".9f", ".1e", ".3E", ".2g", ".5G", ".1%", ".2n", ".3F",
             ".1", ".5", ".12", ".0", "z.1f", "+.1f", " .1f", "8.1f", "<8.1f", "#.0f"]:
    out = []
    for v in vals:
        try:
            out.append(format(v, spec))
        except (ValueError, TypeError, OverflowError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(spec, out)
for spec in [".1,", ".1x", ".1s", ".1d", ".1_", ".1.", ".1 ", ".1é", ".٣f", ".1c", ".1b"]:
    for v in (1.5, 3, "ab"):
        try:
            print(repr(spec), repr(format(v, spec)))
        except (ValueError, TypeError) as e:
            print(repr(spec), type(e).__name__, e)
n = 3
for i in range(-3, 4):
    x = i * 3.5
    print(f"{x:.1f}|{i:d}|{i:+d}|{i:x}|{x:.{n}f}|{x:e}|{-x:.0%}")
class F(float):
    def __format__(self, spec):
        return "F" + spec
print(f"{F(1.5):.1f}", format(F(2.5), ".2f"), "{:.1f}".format(F(3)))
class G(float):
    pass
print(f"{G(1.25):.1f}", type(format(G(1.0), ".1f")).__name__)
print(format(12345678.9, ",.1f"), format(12345678.9, "_.2f"), format(-5, "05d"), format(5, "#x"))
# Unicode decimal digits in the width and precision, as CPython reads them
for spec in ["٣", ".٣", "١٠.٢f", ">٥", "0٥d", ".١٢"]:
    for v in (1.5, 42, "abc"):
        try:
            print(repr(spec), repr(format(v, spec)))
        except ValueError as e:
            print(repr(spec), e)
# f"{n}" / format(n, "") of ints: small ints written directly, the rest
# through str() (big ints, bools, subclasses with their own __str__)
class I(int):
    def __str__(self):
        return "I!"
class J(int):
    pass
for v in [0, 7, -7, 10, -10, 99, 2**31, -(2**31), 2**62 - 1, -(2**62), 2**62, 2**63, -(2**63) - 1, 10**30, True, False, I(5), J(6)]:
    print(f"{v}", format(v, ""), "{}".format(v), f"{v!s}", str(v) == format(v, ""), type(format(v, "")).__name__)
print([f"{i % 7}" for i in range(10)], f"{-0}", f"{1 - 1:}")
