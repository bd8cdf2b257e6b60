# round(float, n): correct ties, negative/huge ndigits, errors.
vals = [0.5, 1.5, 2.5, -0.5, -2.5, 0.125, 0.375, 2.675, 1.005, 0.285, 1.15, 5e-324, 1e308, -1e308,
        123456.789, 0.0, -0.0, 1e16, 1e22, 9.995, 0.045, 1234.5, 12345678901234567.0, 7.0e-5]
for v in vals:
    print(repr(v), [round(v, n) for n in (-400, -309, -20, -5, -2, -1, 0, 1, 2, 3, 10, 17, 20, 300, 323, 324, 400)])
for v in vals:
    r = round(v)
    print(repr(v), r, type(r).__name__, repr(round(v, None)))
for n in (10 ** 20, -10 ** 20, 2 ** 63, -2 ** 63, 2 ** 63 - 1, -2 ** 63 + 1, True, False):
    print(n, round(1.25, n), round(-1.25, n), round(0.0, n))
for x in (float('inf'), float('-inf'), float('nan')):
    print(round(x, 2), round(x, -2), round(x, 0))
    try:
        round(x)
    except Exception as e:
        print(type(e).__name__, e)
for bad in (1.5, '2', None + 0 if False else [], 2j):
    try:
        round(1.2345, bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    round(1.7976931348623157e308, -308)
except Exception as e:
    print(type(e).__name__, e)
print(round(1.7976931348623157e308, -307), round(-1.6e308, -308))
class Idx:
    def __index__(self):
        return 2
print(round(3.14159, Idx()))
# random ties: k + 0.5 scaled by powers of two are exact halves
state = 1
for _ in range(40):
    state = (state * 1103515245 + 12345) % 2 ** 31
    k = state % 100000
    for n in (0, 1, 2, 3):
        x = (k + 0.5) / 10 ** n
        print(round(x, n), end=' ')
    print(round(k / 8, 2), round(k / 1024, 3), round(-k / 64, 1))
