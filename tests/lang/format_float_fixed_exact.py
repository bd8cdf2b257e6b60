# Fixed-point float formatting ('f', 'F', '%' and %-style %f) with the
# exact integer path of format.c (|x| < 2**53, precision <= 18) and the
# values just outside it, which take the C library's path: the digits
# must be the correctly rounded ones either way (round half to even on
# the exact binary value).
import math

vals = [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, -0.625, 1.005, 2.675, 0.1, 0.2, 0.3,
        1 / 3, 2 / 3, 123.456, 1e-5, 5e-324, 2.2250738585072014e-308, 1e-19, 4.9e-19, 5e-19,
        5.5e-18, 0.05, 0.15, 0.25, 0.35, 1e15, 1e15 + 0.5, 1e16, 2.0 ** 52 + 0.5, 2.0 ** 53 - 1,
        2.0 ** 53, 2.0 ** 53 + 2, 2.0 ** 63, 1e22, 1e23, 1.7976931348623157e308,
        float("inf"), float("-inf"), float("nan"), 999999.9999995, 0.9999999999999999,
        9.5, 10.5, 99.95, 99.995, 1234567.891, -1234567.891]
for v in vals:
    row = []
    for p in [0, 1, 2, 3, 6, 10, 15, 17, 18, 19, 25]:
        row.append(format(v, ".%df" % p))
    print(" ".join(row))
    print(f"{v:f} {v:F} {v:.1f} {v:#.0f} {v:+.2f} {v: .3f} {v:z.1f} {v:.2%} {v:%} {v:,.2f} {v:_.4f}")
    print(f"[{v:12.3f}] [{v:<12.2f}] [{v:^12.1f}] [{v:=+12.2f}] [{v:*>14.5f}] [{v:012.2f}] [{v:015,.2f}]")
    print("%f %.0f %.1f %.2f %#.0f %+.3f %-10.2f| %010.4f %.18f %.19f" % ((v,) * 10))

# a deterministic sweep: binary fractions (many exact ties) and scaled values
state = 1
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) & (2 ** 64 - 1)
    return state
h = 0
for i in range(1000):
    r = rnd()
    k = i % 3
    if k == 0:
        x = (r >> 40) / 2 ** ((r >> 8) % 30)
    elif k == 1:
        x = math.ldexp(r >> 11, (r % 120) - 100) * (-1 if r & 1 else 1)
    else:
        x = ((r >> 11) / 2 ** 53) * 10 ** ((r >> 5) % 17 - 6)
    for p in (0, 1, 2, (r >> 20) % 19):
        for c in format(x, ".%df" % p):
            h = (h * 31 + ord(c)) & 0xFFFFFFF
print(h)

class F(float):
    pass
print(format(F(2.5), ".0f"), f"{F(-0.125):.2f}", "%.1f" % F(0.25))
print(format(7, ".2f"), format(-7, "08.3f"), format(True, ".1f"), "%.2f" % 3, "%.1f" % 2**60)
for bad in [".2fx", "q", ".f", "=s", "10.2fq"]:
    try:
        format(1.5, bad)
    except ValueError as e:
        print("ValueError", e)
