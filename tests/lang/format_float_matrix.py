# format() of floats: every type letter with precision, #, z, grouping,
# fill/align, and inf/nan/-0.0 and huge/tiny values.
inf, nan = float('inf'), float('nan')
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 2 / 3, 1234567.891, -9876543.21, 1e16, 1e-5, 1.5e-7, 1e300, 5e-324, 0.5, 2.5,
        -0.00001, 123456789012345678.0, inf, -inf, nan, 9.9999, 0.05, 1e22]
specs = ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', '.0e', '.0f', '.0g', '.0%', '#.0e', '#.0f', '#.0g', '#g', '#',
         '.1', '.3', '.17', '.20g', '.25f', '#.3', '+', ' ', '+.2f', ' .2e', 'z', 'z.1f', 'z.0f', '+z.2f', 'z.3g',
         'z%', ',', '_', ',.2f', '_.3f', ',g', ',e', ',%', '015,.2f', '012.3f', '+012.3e', '-012g', '<12', '>12',
         '^12', '=12', '*=+14.2f', '0=12', '012', '#012', '010%', ',.1%', '.1%', '#.3%', '.50e', '.40f', '.2F', '.2E',
         '.3G', '#.5G', '#.0E', '_.2e', 'x<20,.4f', '0>15,', ' =15,.1f']
for v in vals:
    row = []
    for spec in specs:
        try:
            row.append(format(v, spec))
        except ValueError as e:
            row.append('!%s' % e)
    print(repr(v), '|'.join(row))
state = 3
for i in range(40):
    state = (state * 69069 + 1) % 2 ** 32
    x = (state / 2 ** 32 - 0.5) * 10.0 ** (state % 40 - 20)
    p = state % 12
    print(format(x, '.%de' % p), format(x, '.%df' % p), format(x, '.%dg' % p), format(x, '#.%dg' % p),
          format(x, ',.%df' % (p % 4)), format(x, '.%d' % (p + 1)))
print('{:.2f} {:>10.3e} {:+g} {:%}'.format(3.14159, 2.71828, 1e-10, 0.25), f'{1.5:{"^"}{10}.{2}f}')
