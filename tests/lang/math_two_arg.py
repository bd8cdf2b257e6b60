# math.atan2, copysign, fmod and remainder over a table of signed zeros,
# inf, nan and finite values.
import math
inf, nan = math.inf, math.nan
NAMES = ['atan2', 'copysign', 'fmod', 'remainder']
vals = [0.0, -0.0, 1.0, -1.0, 2.5, -3.0, 1e308, 5e-324, inf, -inf, nan, 7, -7]
for name in NAMES:
    f = getattr(math, name)
    print('--', name)
    for a in vals:
        row = []
        for b in vals:
            if name == 'ldexp' and isinstance(b, float):
                b = 3
            try:
                row.append(repr(f(a, b)))
            except Exception as e:
                row.append('%s(%s)' % (type(e).__name__, e))
        print(repr(a), ' '.join(row))
