# Shifts: floor semantics for negative right shifts, errors for negative counts.
for a in (1, -1, 5, -5, 2 ** 70, -(2 ** 70) - 1, 0):
    print([a << n for n in (0, 1, 31, 32, 63, 64, 100)])
    print([a >> n for n in (0, 1, 31, 32, 63, 64, 100)])
for expr in ("1 << -1", "1 >> -1", "(2**100) >> -5"):
    try:
        print(eval(expr))
    except ValueError as e:
        print(expr, type(e).__name__, e)
print(1 << 200 >> 199, -1 >> 1000, 7 >> 10 ** 30)
