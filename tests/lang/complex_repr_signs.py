# repr/str of complex: signs, -0.0, inf and nan parts, exponents, and
# format() of complex with every type.
inf, nan = float('inf'), float('nan')
parts = [0.0, -0.0, 1.0, -1.0, 1.5, -2.5, 1e16, 1e-5, -1e-7, 1e300, 123456789.0, inf, -inf, nan, 5e-324, 0.1]
for r in parts:
    print(' '.join(repr(complex(r, i)) for i in parts))
for z in [complex(-0.0, -0.0), complex(0.0, -0.0), -0j, -(0j), 0j * -1, -1j * 0, complex(nan, -0.0)]:
    print(repr(z), str(z), z.real, z.imag)
for z in [1 + 2j, -1.5 - 0.25j, complex(-0.0, 1), 1e20j, complex(inf, -nan), 123.456 - 789.012j, 1j, 0j]:
    for spec in ['', 'g', '.2f', '>20', '<20', '^20', '=20', '+', ' ', '-', '.3e', '.3E', '.10g', 'G', 'F', '10.2f',
                 '*^30.3g', '+.1f', '#g', '#.0f', '0>12', ',', '_', ',.2f', 'z.1f', '.0e', 'n']:
        try:
            print(repr(z), spec, repr(format(z, spec)))
        except Exception as e:
            print(repr(z), spec, type(e).__name__, e)
for spec in ['d', 'x', '%', 'b', 'c', 'o', 's', '=', '010', '0', '=10', 'q', ' =5']:
    try:
        print(spec, repr(format(1 + 2j, spec)))
    except Exception as e:
        print(spec, type(e).__name__, e)
print('{:.1f}'.format(3 + 4j), '{0.real}+{0.imag}'.format(1 + 2j), f'{2j!r:>10}', f'{2j!s:*<10}')
for s in ['0<12', '0=12', 'x=12', '012', '0^12', '=12', '010.2f', '_.2f', ',', ',g', ',e', '_.3e', '+,.2f', ',n',
          '_', ',.0f', '30,.1f', '<30_.1f']:
    try:
        print(s, repr(format(12345.5 - 1234567.25j, s)), repr(format(complex(-0.0, 1e7), s)))
    except ValueError as e:
        print(s, e)
