# Floats through printf-style %, str.format and f-strings (shared digit kernels).
import math
state = 5
vals = [0.0, -0.0, 1.5, 1e16, 1e-5, 2.0**710, 5e-324, math.inf, math.nan, 123456.789, -9.999e-5]
for v in vals:
    print('%r %s %.3g %#.0e %e %f %10.4f %-12g| %+.2e %G %#g %.0f %.20g' % (v, v, v, v, v, v, v, v, v, v, v, v, v))
    print(str(v), '{!r} {} {:.3} {:g} {:#}'.format(v, v, v, v, v), f'{v!r:>25}', f'{v:{"."}{3}}')
