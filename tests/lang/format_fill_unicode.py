# Fill characters outside ASCII and outside the BMP, every alignment, with
# ints, floats, strs and complex; widths smaller and larger than the text.
fills = ['*', '\u00e9', '\u4e2d', '\U0001f600', ' ', '0', '{', '}', '<', '>', '=', '^', '\t']
for fill in fills:
    row = []
    for align in '<>^=':
        for v in (42, -3.5, 'ab', 1 + 1j, True):
            spec = fill + align + '9'
            try:
                row.append(format(v, spec))
            except ValueError as e:
                row.append('!' + str(e)[:40])
    print(repr(fill), repr('|'.join(row)))
for w in range(0, 12):
    print(repr(format('\U0001f600\u00e9', '\u4e2d^%d' % w)), repr(format(-12.5, '\U0001f600=+%d.1f' % w)),
          repr(format(255, '\u00e9>#%dx' % w)), repr(format(1234567, '\u4e2d<%d,' % w)))
print(repr('{:\u00e9^11}'.format('mid')), repr(f'{"x":\U0001f600>4}'), repr('{:*^{}}'.format('ab', 7)))
