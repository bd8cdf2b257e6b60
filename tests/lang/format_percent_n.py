# The '%' and 'n' presentation types for ints and floats (C locale: 'n'
# has no grouping), with precision, width, flags and grouping.
vals = [0, 1, -1, 0.5, -0.125, 1 / 3, 12345.6789, 1e-10, 1e20, 2 ** 70, -(10 ** 15), float('inf'), float('nan'), True]
specs = ['%', '.0%', '.1%', '.10%', '#.0%', '+%', ' %', '10.2%', '<10.1%', '^12.3%', '012.2%', ',%', '_.2%', ',.0%',
         'n', '.0n', '.1n', '.3n', '.10n', '#n', '#.3n', '+n', '10n', '010n', '<10n', '^10.2n', '=+10n', '.20n']
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except ValueError as e:
            row.append('!' + str(e))
    print(repr(v), '|'.join(row))
for s in [',n', '_n', ',.2n']:
    for v in (1234, 1234.5):
        try:
            print(s, format(v, s))
        except ValueError as e:
            print(s, e)
