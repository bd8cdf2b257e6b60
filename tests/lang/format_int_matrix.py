# format() of ints: every type letter with fill, align, sign, #, 0, width,
# grouping; big ints, negative numbers, bools.
vals = [0, 1, -1, 7, -42, 255, -255, 1234567, -1234567890, 2 ** 64, -2 ** 100 + 1, True, False]
specs = ['', 'd', 'b', 'o', 'x', 'X', 'n', 'c', 'e', 'E', 'f', 'F', 'g', 'G', '%', '#b', '#o', '#x', '#X', '+d', ' d',
         '-d', '+#x', ' #o', '08d', '08x', '#010x', '#010b', '+010d', ' 010d', '010', '<8d', '>8d', '^8d', '=8d', '*^9',
         '0^9', '0<9', 'x=+12', ',', '_', ',d', '_d', '_b', '_o', '_x', '_X', '#_b', '#_x', '012,', '012_', '015,d',
         '#015_x', '0=+15,', '10,', '.2e', '.0f', ',.2f', '_.1f', '.3%', '.3g', '#.3g', '#g', 'z.1f', '+.2e', '=^20,',
         '\u00e9>10', '\U0001f600^7', '>0', '0', '00', '000d', '1', '30b', '#30o']
for v in vals:
    row = []
    for spec in specs:
        try:
            row.append(format(v, spec))
        except (ValueError, OverflowError) as e:
            row.append('!%s' % e)
    print(repr(v), '|'.join(row))
print('{:,}'.format(10 ** 30), '{:_x}'.format(16 ** 20 - 1), '{:#_o}'.format(8 ** 15), '{:,.3f}'.format(10 ** 20))
print(format(12345, '0>20,'), format(-12345, '0=20,'), format(12345, '020,'), format(-12345, '+021_'))
for w in (1, 2, 3, 4, 5, 6, 7, 8, 9):
    print(repr(format(-1234, '0%d,' % w)), repr(format(1234, '0%d_x' % w)), repr(format(5, '#0%db' % w)))
